package org.fundtrack.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundtrack.audit.control.AuditFields;
import org.fundtrack.audit.control.AuditNames;

/**
 * Turns rows of the audit trail into {@link AuditEntryView}s with every name they need, for the
 * services that read the trail (a grant's history, the auditors' export). It looks the names of a
 * whole page up at once, a few queries per page however long it is.
 */
@ApplicationScoped
public class AuditEntries {

  /** The columns a caller selects, read with the result set mapping {@link #ROW}. */
  public static final String COLUMNS =
      "e.id, e.occurred_at, e.actor, e.action, e.entity_type, e.entity_id, e.field_name,"
          + " e.old_value, e.new_value, e.reason, e.entry_hash";

  /** The result set mapping (orm.xml) that reads {@link #COLUMNS} as a {@link Row}. */
  public static final String ROW = "AuditEntryRow";

  /** One audit entry as the trail holds it; {@code occurredAt} is UTC. */
  public record Row(
      long id,
      LocalDateTime occurredAt,
      String actor,
      String action,
      String entityType,
      Long entityId,
      String fieldName,
      String oldValue,
      String newValue,
      String reason,
      String entryHash) {}

  @Inject private AuditNames names;

  /** The rows of {@code SELECT COLUMNS …}, in their order, as views. */
  public List<AuditEntryView> views(List<Row> rows) {
    Map<String, Map<String, AuditNames.Names>> subjects = subjectNames(rows);
    Map<AuditFields.Kind, Map<String, AuditNames.Names>> references = referenceNames(rows);
    return rows.stream().map(r -> view(r, subjects, references)).toList();
  }

  private Map<String, Map<String, AuditNames.Names>> subjectNames(List<Row> rows) {
    Map<String, Set<Long>> ids = new HashMap<>();
    for (Row r : rows) {
      if (r.entityId() != null) {
        ids.computeIfAbsent(r.entityType(), t -> new HashSet<>()).add(r.entityId());
      }
    }
    Map<String, Map<String, AuditNames.Names>> byType = new HashMap<>();
    ids.forEach((type, some) -> byType.put(type, names.subjects(type, some)));
    return byType;
  }

  private Map<AuditFields.Kind, Map<String, AuditNames.Names>> referenceNames(List<Row> rows) {
    Map<AuditFields.Kind, Set<String>> values = new EnumMap<>(AuditFields.Kind.class);
    for (Row r : rows) {
      values.computeIfAbsent(AuditFields.Kind.USER, k -> new HashSet<>()).add(r.actor());
      AuditFields.Kind kind = AuditFields.kindOf(r.fieldName());
      if (kind.isReference()) {
        Set<String> some = values.computeIfAbsent(kind, k -> new HashSet<>());
        addIfPresent(some, r.oldValue());
        addIfPresent(some, r.newValue());
      }
    }
    Map<AuditFields.Kind, Map<String, AuditNames.Names>> byKind =
        new EnumMap<>(AuditFields.Kind.class);
    values.forEach((kind, some) -> byKind.put(kind, names.references(kind, some)));
    return byKind;
  }

  private static AuditEntryView view(
      Row r,
      Map<String, Map<String, AuditNames.Names>> subjects,
      Map<AuditFields.Kind, Map<String, AuditNames.Names>> references) {
    String actor = r.actor();
    AuditNames.Names user = references.get(AuditFields.Kind.USER).get(actor);
    AuditFields.Kind kind = AuditFields.kindOf(r.fieldName());
    Map<String, AuditNames.Names> named = references.getOrDefault(kind, Map.of());
    return new AuditEntryView(
        r.id(),
        r.occurredAt() == null ? null : r.occurredAt().toInstant(ZoneOffset.UTC),
        actor,
        user == null ? actor : user.en(),
        r.action(),
        subject(r.entityType(), r.entityId(), subjects),
        r.fieldName(),
        value(kind, r.oldValue(), named),
        value(kind, r.newValue(), named),
        r.reason(),
        r.entryHash());
  }

  private static AuditSubject subject(
      String type, Long id, Map<String, Map<String, AuditNames.Names>> subjects) {
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
