package org.fundtrack.reports.shared.excel;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the About sheet says of one data sheet: how many rows it holds and the exact sum of each
 * money column, added up in BigDecimal while the rows were written (so the control totals check the
 * cells, not the other way round).
 *
 * @param sheetName the data sheet's name
 * @param rows the number of data rows (the header not counted)
 * @param moneyTotals column header to control total, in column order
 */
public record SheetSummary(String sheetName, long rows, Map<String, BigDecimal> moneyTotals) {

  public SheetSummary {
    moneyTotals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(moneyTotals));
  }
}
