package org.fundtrack.shared.query;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/**
 * The rows of a native query created with a result set mapping of {@code META-INF/orm.xml}, as the
 * record its {@code constructor-result} builds: the one place that states the row type, so no
 * caller reads a native row as an {@code Object[]} by position.
 */
public final class MappedRows {

  private MappedRows() {}

  /** Every row, as {@code type}. */
  public static <T> List<T> list(Query query, Class<T> type) {
    List<?> rows = query.getResultList();
    return rows.stream().map(type::cast).toList();
  }

  /** The first row, as {@code type}, if there is one. */
  public static <T> Optional<T> first(Query query, Class<T> type) {
    List<?> rows = query.setMaxResults(1).getResultList();
    return rows.stream().findFirst().map(type::cast);
  }

  /** The one row, as {@code type}. */
  public static <T> T single(Query query, Class<T> type) {
    return type.cast(query.getSingleResult());
  }
}
