package org.fundtrack.web.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fundtrack.shared.query.PageRequest;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * What every lazy table of FundTrack shares: rows are found again by their id among the page shown
 * (never by a query of their own), a page size is bounded by {@link PageRequest#MAX_SIZE} whatever
 * the table asks, and the active sort is read one way. Subclasses say how to read a page and a
 * count from their service.
 */
public abstract class KeyedLazyModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The row's stable key (its id). */
  protected abstract Object keyOf(T row);

  @Override
  public String getRowKey(T row) {
    return String.valueOf(keyOf(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }

  /** The size a table asked for, within 1 and {@link PageRequest#MAX_SIZE}. */
  public static int boundedSize(int pageSize) {
    return Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
  }

  /** The first sort the user chose, if any. */
  public static Optional<SortMeta> activeSort(Map<String, SortMeta> sortBy) {
    return sortBy == null
        ? Optional.empty()
        : sortBy.values().stream().filter(SortMeta::isActive).findFirst();
  }

  /** Whether a chosen sort runs from the largest down. */
  public static boolean descending(SortMeta sort) {
    return sort.getOrder() == SortOrder.DESCENDING;
  }
}
