package org.fundtrack.web.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.grant.boundary.GrantSort;
import org.fundtrack.grant.boundary.GrantSortField;
import org.fundtrack.grant.boundary.GrantSummary;
import org.fundtrack.shared.query.PageRequest;
import org.fundtrack.web.shared.KeyedLazyModel;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Feeds the grants table one page at a time from {@link GrantQueryService}: paging, sorting and
 * filtering happen in the database, and the table never holds more than the page it shows.
 */
class GrantLazyModel extends KeyedLazyModel<GrantSummary> {

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
    int size = boundedSize(pageSize);
    return owner.rows(sortOf(sortBy), new PageRequest(first / size, size));
  }

  @Override
  protected Object keyOf(GrantSummary grant) {
    return grant.id();
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
