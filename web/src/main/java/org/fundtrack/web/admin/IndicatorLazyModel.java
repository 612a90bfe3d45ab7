package org.fundtrack.web.admin;

import java.util.List;
import java.util.Map;
import org.fundtrack.indicator.boundary.IndicatorQuery;
import org.fundtrack.indicator.boundary.IndicatorRow;
import org.fundtrack.web.shared.KeyedLazyModel;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The indicator catalogue as PrimeFaces pages it: each page is one query for its rows (and one for
 * their dimensions) and one count, run by the service in the database, by code.
 */
class IndicatorLazyModel extends KeyedLazyModel<IndicatorRow> {

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
  protected Object keyOf(IndicatorRow row) {
    return row.id();
  }

  /** The page asked for, within the service's limits; by code, descending only when asked. */
  static IndicatorQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
    boolean descending = activeSort(sortBy).map(KeyedLazyModel::descending).orElse(false);
    return new IndicatorQuery(Math.max(0, first), boundedSize(pageSize), !descending);
  }
}
