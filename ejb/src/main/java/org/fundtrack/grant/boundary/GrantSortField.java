package org.fundtrack.grant.boundary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields a grant list may be sorted by, named as the API names them. Nothing else can be sorted
 * on: the names a client sends are looked up here and never reach a query as text.
 */
public enum GrantSortField {
  REFERENCE_NUMBER("referenceNumber", "g.referenceNumber"),
  TITLE_EN("titleEn", "g.text.titleEn"),
  TITLE_FR("titleFr", "g.text.titleFr"),
  STATUS("status", "g.status"),
  TOTAL_AMOUNT("totalAmount", "g.terms.totalAmount"),
  START_DATE("startDate", "g.terms.startDate"),
  END_DATE("endDate", "g.terms.endDate"),
  RECIPIENT("recipient", "r.legalName"),
  FUND("fund", "f.code");

  private final String key;
  private final String path;

  GrantSortField(String key, String path) {
    this.key = key;
    this.path = path;
  }

  /** The field with this API name, compared exactly. */
  public static Optional<GrantSortField> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  /** The name a client uses, e.g. {@code totalAmount}. */
  public String key() {
    return key;
  }

  /** The JPQL path in the grant list query (aliases g, r, f). */
  String path() {
    return path;
  }
}
