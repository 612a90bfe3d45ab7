package org.fundtrack.grant.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fundtrack.audit.control.AuditedState;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.budget.control.BudgetAudit;
import org.fundtrack.grant.entity.GrantYearAllocation;

/**
 * Watches a grant and all its records for the audit trail while an amendment or close-out changes
 * them. Year allocations are read up front but registered only at the end, because a settlement may
 * remove some of them: those are recorded as removed, the others as changed.
 */
public final class GrantWatch {

  private final ChangeWatch watch = new ChangeWatch();
  private final Map<GrantYearAllocation, AuditedState> allocationsBefore = new LinkedHashMap<>();

  private GrantWatch(GrantRecords records) {
    watch.track(() -> GrantAudit.of(records.grant()));
    records.locked().lines().forEach(line -> watch.track(() -> BudgetAudit.of(line)));
    records.instalments().forEach(i -> watch.track(() -> GrantAudit.of(i)));
    records.periods().forEach(p -> watch.track(() -> GrantAudit.of(p)));
    records.allocations().forEach(a -> allocationsBefore.put(a, GrantAudit.of(a)));
  }

  public static GrantWatch of(GrantRecords records) {
    return new GrantWatch(records);
  }

  /** Watches one more record, e.g. the amendment being decided. */
  public GrantWatch also(Supplier<AuditedState> state) {
    watch.track(state);
    return this;
  }

  /** The watch to record, once {@code removed} allocations are known. */
  public ChangeWatch finish(List<GrantYearAllocation> removed) {
    allocationsBefore.forEach(
        (allocation, before) -> {
          if (removed.contains(allocation)) {
            watch.removed(before);
          } else {
            watch.changed(before, () -> GrantAudit.of(allocation));
          }
        });
    return watch;
  }
}
