package org.fundtrack.audit.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Watches the entities a use case touches and tells which fields changed: it reads each watched
 * entity's {@link AuditedState} when watching starts and again when {@link #changes} is called, and
 * yields one {@link AuditedChange} per field whose text differs. Created entities are read only at
 * the end (after the flush that gave them their ids); removed ones only at the start.
 */
public final class ChangeWatch {

  private final List<Watched> watched = new ArrayList<>();

  /** Watches an existing entity: its state now is the "before". */
  public ChangeWatch track(Supplier<AuditedState> state) {
    watched.add(new Watched(state.get(), state));
    return this;
  }

  /** Watches an entity whose "before" was read earlier, e.g. before it was known to survive. */
  public ChangeWatch changed(AuditedState before, Supplier<AuditedState> after) {
    watched.add(new Watched(Objects.requireNonNull(before, "before"), after));
    return this;
  }

  /** Records an entity created by this use case: every field it has is new. */
  public ChangeWatch created(Supplier<AuditedState> state) {
    watched.add(new Watched(null, state));
    return this;
  }

  /** Records an entity removed by this use case: every field it had is gone. */
  public ChangeWatch removed(AuditedState before) {
    watched.add(new Watched(Objects.requireNonNull(before, "before"), null));
    return this;
  }

  /** The changed fields of every watched entity, in the order they were watched and declared. */
  public List<AuditedChange> changes() {
    List<AuditedChange> changes = new ArrayList<>();
    for (Watched w : watched) {
      AuditedState after = w.after == null ? null : w.after.get();
      changes.addAll(between(w.before, after));
    }
    return changes;
  }

  /** The fields that differ between two states of one entity (either may be null). */
  static List<AuditedChange> between(AuditedState before, AuditedState after) {
    AuditedState subject = after != null ? after : before;
    Map<String, String> old = before == null ? Map.of() : before.fields();
    Map<String, String> now = after == null ? Map.of() : after.fields();
    Set<String> names = new LinkedHashSet<>(now.keySet());
    names.addAll(old.keySet());
    List<AuditedChange> changes = new ArrayList<>();
    for (String name : names) {
      String oldValue = old.get(name);
      String newValue = now.get(name);
      if (!Objects.equals(oldValue, newValue)) {
        changes.add(
            new AuditedChange(subject.entityType(), subject.entityId(), name, oldValue, newValue));
      }
    }
    return changes;
  }

  private record Watched(AuditedState before, Supplier<AuditedState> after) {}
}
