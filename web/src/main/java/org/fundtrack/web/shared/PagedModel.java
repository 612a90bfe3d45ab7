package org.fundtrack.web.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.fundtrack.shared.query.Page;
import org.fundtrack.shared.query.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * A lazy table model over a paged service query with a fixed order: the table asks for one page at
 * a time and the database does the paging. The row count comes with each page.
 */
public class PagedModel<T> extends KeyedLazyModel<T> {

  private static final long serialVersionUID = 1L;

  /** One page of rows from the service; Serializable so that a view-scoped bean can hold it. */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    Page<T> page(PageRequest request);
  }

  /** A row's stable key. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Source<T> source;
  private final Key<T> key;

  public PagedModel(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) source.page(new PageRequest(0, 1)).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = boundedSize(pageSize);
    Page<T> page = source.page(new PageRequest(first / size, size));
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  protected Object keyOf(T row) {
    return key.of(row);
  }
}
