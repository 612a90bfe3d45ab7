package org.fundtrack.web.admin;

import java.util.List;
import java.util.Map;
import org.fundtrack.indicator.boundary.IndicatorQuery;
import org.fundtrack.indicator.boundary.IndicatorRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The indicator catalogue as PrimeFaces pages it: each page is one query for its rows (and one for
 * their dimensions) and one count, run by the service in the database, by code.
 */
class IndicatorLazyModel extends LazyDataModel<IndicatorRow> {

  private static final long serialVersionUID = 1L;

  private final IndicatorCatalogueView view;

  IndicatorLazyModel(IndicatorCatalogueView view) {
    this.view = view;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, view.service().count());
  }

  @Override
  public List<IndicatorRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return view.service().list(query(first, pageSize, sortBy));
  }

  @Override
  public String getRowKey(IndicatorRow row) {
    return String.valueOf(row.id());
  }

  @Override
  public IndicatorRow getRowData(String rowKey) {
    List<IndicatorRow> page = getWrappedData();
    return page == null
        ? null
        : page.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }

  /** The page asked for, within the service's limits; by code, descending only when asked. */
  static IndicatorQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
    boolean descending =
        sortBy.values().stream()
            .filter(SortMeta::isActive)
            .findFirst()
            .map(s -> s.getOrder() == SortOrder.DESCENDING)
            .orElse(false);
    return new IndicatorQuery(
        Math.max(0, first), Math.max(1, Math.min(100, pageSize)), !descending);
  }
}
