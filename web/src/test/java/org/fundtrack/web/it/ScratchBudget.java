package org.fundtrack.web.it;

import java.util.List;
import java.util.Map;

/**
 * A strategy of its own with one program area and some funds, each with budget lines in far fiscal
 * years nobody else uses, so a test can commit and pay without disturbing the demo data.
 *
 * @param lines budget line ids by fund (in creation order), then by fiscal start year
 */
public record ScratchBudget(
    long strategyId, String code, List<Long> fundIds, List<Map<Integer, Long>> lines) {

  public long fund(int index) {
    return fundIds.get(index);
  }

  public long line(int fundIndex, int fiscalYear) {
    return lines.get(fundIndex).get(fiscalYear);
  }
}
