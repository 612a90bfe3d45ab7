package org.fundtrack.grant.boundary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order of a grant list: up to {@link #MAX_KEYS} whitelisted fields, each ascending or
 * descending, always followed by the grant id so that pages never overlap or skip a row when values
 * tie.
 */
public record GrantSort(List<Order> orders) {

  public static final int MAX_KEYS = 3;

  /** Newest terms first: the order of a list the client did not sort. */
  public static final GrantSort DEFAULT =
      new GrantSort(
          List.of(
              new Order(GrantSortField.START_DATE, true),
              new Order(GrantSortField.REFERENCE_NUMBER, false)));

  /** One sort key. */
  public record Order(GrantSortField field, boolean descending) {}

  public GrantSort {
    orders = List.copyOf(orders);
  }

  /**
   * Parses {@code "fund,-totalAmount"}: comma-separated field names, a leading {@code -} for
   * descending; null or blank gives {@link #DEFAULT}.
   *
   * @throws IllegalArgumentException for an unknown or repeated field, an empty key, or more than
   *     {@value #MAX_KEYS} keys
   */
  public static GrantSort parse(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    String[] keys = text.split(",", -1);
    if (keys.length > MAX_KEYS) {
      throw new IllegalArgumentException("At most " + MAX_KEYS + " sort keys");
    }
    List<Order> orders = new ArrayList<>();
    Set<GrantSortField> seen = EnumSet.noneOf(GrantSortField.class);
    for (String key : keys) {
      Order order = order(key.strip());
      if (!seen.add(order.field())) {
        throw new IllegalArgumentException("Sort key repeated: " + order.field().key());
      }
      orders.add(order);
    }
    return new GrantSort(orders);
  }

  private static Order order(String key) {
    boolean descending = key.startsWith("-");
    String name = descending ? key.substring(1) : key;
    return GrantSortField.byKey(name)
        .map(field -> new Order(field, descending))
        .orElseThrow(() -> new IllegalArgumentException("Unknown sort key: " + name));
  }

  /** The keys a client may use, for messages: "referenceNumber, titleEn, …". */
  public static String allowedKeys() {
    return EnumSet.allOf(GrantSortField.class).stream()
        .map(GrantSortField::key)
        .collect(Collectors.joining(", "));
  }

  /**
   * The JPQL ORDER BY clause, ending with the id as tie-breaker in the last key's direction, so
   * that one index on a key (InnoDB appends the id to it) serves the order both ways.
   */
  String orderByClause() {
    StringBuilder clause = new StringBuilder(" ORDER BY ");
    for (Order order : orders) {
      clause.append(order.field().path()).append(order.descending() ? " DESC, " : " ASC, ");
    }
    boolean lastDescending = !orders.isEmpty() && orders.get(orders.size() - 1).descending();
    return clause.append(lastDescending ? "g.id DESC" : "g.id ASC").toString();
  }
}
