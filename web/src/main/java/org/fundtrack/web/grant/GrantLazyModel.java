package org.fundtrack.web.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.grant.boundary.GrantSort;
import org.fundtrack.grant.boundary.GrantSortField;
import org.fundtrack.grant.boundary.GrantSummary;
import org.fundtrack.shared.query.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Feeds the grants table one page at a time from {@link GrantQueryService}: paging, sorting and
 * filtering happen in the database, and the table never holds more than the page it shows.
 */
class GrantLazyModel extends LazyDataModel<GrantSummary> {

  private static final long serialVersionUID = 1L;

  private final GrantListView owner;

  GrantLazyModel(GrantListView owner) {
    this.owner = owner;
  }

  /** The table asks for the count first, then for the rows: one statement each. */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) owner.count();
  }

  @Override
  public List<GrantSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
    return owner.rows(sortOf(sortBy), new PageRequest(first / size, size));
  }

  @Override
  public String getRowKey(GrantSummary grant) {
    return String.valueOf(grant.id());
  }

  @Override
  public GrantSummary getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream()
            .filter(g -> String.valueOf(g.id()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }

  private static GrantSort sortOf(Map<String, SortMeta> sortBy) {
    List<GrantSort.Order> orders = new ArrayList<>();
    if (sortBy != null) {
      sortBy.values().stream()
          .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
          .limit(GrantSort.MAX_KEYS)
          .forEach(
              meta ->
                  GrantSortField.byKey(meta.getField())
                      .ifPresent(
                          field ->
                              orders.add(
                                  new GrantSort.Order(
                                      field, meta.getOrder() == SortOrder.DESCENDING))));
    }
    return orders.isEmpty() ? GrantSort.DEFAULT : new GrantSort(orders);
  }
}
