package org.fundtrack.web.grant;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundtrack.grant.boundary.GrantFormOptions;
import org.fundtrack.grant.boundary.IndicatorTargets;

/**
 * The indicators section of the grant entry form: the indicators the grant reports on, each with a
 * target per reporting period the term has and optionally a baseline. The periods themselves come
 * from the form's term, so the section is handed them rather than working them out.
 */
public class GrantIndicatorRows implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<IndicatorEntryRow> rows = new ArrayList<>();

  /** Takes the indicators of a saved draft. */
  void fill(List<IndicatorTargets> saved) {
    rows.clear();
    saved.forEach(t -> rows.add(new IndicatorEntryRow(t)));
  }

  /** The indicators as the draft takes them, with targets only for the periods shown. */
  List<IndicatorTargets> targets(List<GrantFormOptions.Period> shown) {
    List<Integer> numbers = shown.stream().map(GrantFormOptions.Period::number).toList();
    return new ArrayList<>(rows.stream().map(row -> row.toTargets(numbers)).toList());
  }

  /** Where the messages on each indicator's inputs and each of its period targets go. */
  void putFieldIds(Map<String, String> ids, List<GrantFormOptions.Period> shown) {
    ids.put("indicators", "entry:indicatorsSection");
    for (int i = 0; i < rows.size(); i++) {
      String row = "indicators[" + i + "]";
      String input = "entry:indicators:" + i + ":";
      ids.put(row + ".indicatorCode", input + "indicatorCode");
      ids.put(row + ".baseline.value", input + "baselineValue");
      ids.put(row + ".baseline.fiscalYear", input + "baselineYear");
      ids.put(row + ".baseline.sourceEn", input + "baselineSourceEn");
      ids.put(row + ".baseline.sourceFr", input + "baselineSourceFr");
      for (int p = 0; p < shown.size(); p++) {
        String target = input + "targets:" + p + ":target";
        String path = row + ".targetsByPeriod[" + shown.get(p).number() + "]";
        ids.put(path, target);
        ids.put(path + ".<map value>", target);
      }
    }
  }

  public void add() {
    rows.add(new IndicatorEntryRow());
  }

  public void remove(IndicatorEntryRow row) {
    rows.remove(row);
  }

  public List<IndicatorEntryRow> getRows() {
    return rows;
  }
}
