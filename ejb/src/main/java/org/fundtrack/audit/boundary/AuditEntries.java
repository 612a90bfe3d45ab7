package org.fundtrack.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundtrack.audit.control.AuditFields;
import org.fundtrack.audit.control.AuditNames;
import org.fundtrack.shared.time.SqlValues;

/**
 * Turns rows of the audit trail into {@link AuditEntryView}s with every name they need, for the
 * services that read the trail (a grant's history, the auditors' export). It looks the names of a
 * whole page up at once, a few queries per page however long it is.
 */
@ApplicationScoped
public class AuditEntries {

  /** The columns a caller selects, in this order. */
  public static final String COLUMNS =
      "e.id, e.occurred_at, e.actor, e.action, e.entity_type, e.entity_id, e.field_name,"
          + " e.old_value, e.new_value, e.reason, e.entry_hash";

  @Inject private AuditNames names;

  /** The rows of {@code SELECT COLUMNS …}, in their order, as views. */
  public List<AuditEntryView> views(List<Object[]> rows) {
    Map<String, Map<String, AuditNames.Names>> subjects = subjectNames(rows);
    Map<AuditFields.Kind, Map<String, AuditNames.Names>> references = referenceNames(rows);
    return rows.stream().map(r -> view(r, subjects, references)).toList();
  }

  private Map<String, Map<String, AuditNames.Names>> subjectNames(List<Object[]> rows) {
    Map<String, Set<Long>> ids = new HashMap<>();
    for (Object[] r : rows) {
      if (r[5] != null) {
        ids.computeIfAbsent((String) r[4], t -> new HashSet<>()).add(((Number) r[5]).longValue());
      }
    }
    Map<String, Map<String, AuditNames.Names>> byType = new HashMap<>();
    ids.forEach((type, some) -> byType.put(type, names.subjects(type, some)));
    return byType;
  }

  private Map<AuditFields.Kind, Map<String, AuditNames.Names>> referenceNames(List<Object[]> rows) {
    Map<AuditFields.Kind, Set<String>> values = new EnumMap<>(AuditFields.Kind.class);
    for (Object[] r : rows) {
      values.computeIfAbsent(AuditFields.Kind.USER, k -> new HashSet<>()).add((String) r[2]);
      AuditFields.Kind kind = AuditFields.kindOf((String) r[6]);
      if (kind.isReference()) {
        Set<String> some = values.computeIfAbsent(kind, k -> new HashSet<>());
        addIfPresent(some, (String) r[7]);
        addIfPresent(some, (String) r[8]);
      }
    }
    Map<AuditFields.Kind, Map<String, AuditNames.Names>> byKind =
        new EnumMap<>(AuditFields.Kind.class);
    values.forEach((kind, some) -> byKind.put(kind, names.references(kind, some)));
    return byKind;
  }

  private static AuditEntryView view(
      Object[] r,
      Map<String, Map<String, AuditNames.Names>> subjects,
      Map<AuditFields.Kind, Map<String, AuditNames.Names>> references) {
    String actor = (String) r[2];
    AuditNames.Names user = references.get(AuditFields.Kind.USER).get(actor);
    AuditFields.Kind kind = AuditFields.kindOf((String) r[6]);
    Map<String, AuditNames.Names> named = references.getOrDefault(kind, Map.of());
    return new AuditEntryView(
        ((Number) r[0]).longValue(),
        SqlValues.instant(r[1]),
        actor,
        user == null ? actor : user.en(),
        (String) r[3],
        subject((String) r[4], r[5], subjects),
        (String) r[6],
        value(kind, (String) r[7], named),
        value(kind, (String) r[8], named),
        (String) r[9],
        (String) r[10]);
  }

  private static AuditSubject subject(
      String type, Object id, Map<String, Map<String, AuditNames.Names>> subjects) {
    AuditNames.Names found =
        id == null ? null : subjects.getOrDefault(type, Map.of()).get(String.valueOf(id));
    return found == null
        ? new AuditSubject(type, null, null, null, false)
        : new AuditSubject(type, found.en(), found.fr(), found.grantReference(), true);
  }

  private static AuditValue value(
      AuditFields.Kind kind, String raw, Map<String, AuditNames.Names> named) {
    if (raw == null || !kind.isReference()) {
      return AuditValue.plain(kind, raw);
    }
    AuditNames.Names found = named.get(raw);
    return found == null
        ? new AuditValue(kind, raw, null, null, false)
        : new AuditValue(kind, raw, found.en(), found.fr(), true);
  }

  private static void addIfPresent(Set<String> values, String value) {
    if (value != null) {
      values.add(value);
    }
  }
}
