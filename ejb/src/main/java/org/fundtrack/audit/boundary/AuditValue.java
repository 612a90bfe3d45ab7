package org.fundtrack.audit.boundary;

import java.io.Serializable;
import org.fundtrack.audit.control.AuditFields;

/**
 * One value of an audit entry as recorded, with what is needed to show it in words: its kind and,
 * for a value that names a row (a budget line, a user, an instalment), that row's names in English
 * and French. {@code found} is false when the named row no longer exists.
 */
public record AuditValue(
    AuditFields.Kind kind, String raw, String nameEn, String nameFr, boolean found)
    implements Serializable {

  /** A value that names nothing to look up. */
  public static AuditValue plain(AuditFields.Kind kind, String raw) {
    return new AuditValue(kind, raw, null, null, true);
  }

  public boolean isNull() {
    return raw == null;
  }
}
