package org.fundtrack.web.it;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundtrack.grant.boundary.BudgetItemShare;
import org.fundtrack.grant.boundary.GrantDraft;
import org.fundtrack.grant.boundary.IndicatorTargets;
import org.fundtrack.grant.boundary.InstalmentShare;
import org.fundtrack.grant.boundary.YearShare;
import org.fundtrack.grant.entity.DataOwnership;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.grant.entity.ReportingFrequency;

/**
 * Builds grant drafts for the integration tests: by default a grant of one fiscal year (2030-31,
 * see {@link GrantFixtures#YEAR}) reported on annually, the whole total on that year's line.
 */
public final class DraftBuilder {

  private final long recipientId;
  private final long fundId;
  private String title = "Survivor support — test";
  private BigDecimal total = new BigDecimal("10000.00");
  private LocalDate start = LocalDate.of(GrantFixtures.YEAR, 4, 1);
  private LocalDate end = LocalDate.of(GrantFixtures.YEAR + 1, 3, 31);
  private ReportingFrequency frequency = ReportingFrequency.ANNUAL;
  private BigDecimal holdbackPercent;
  private final List<YearShare> shares = new ArrayList<>();
  private final List<BudgetItemShare> items = new ArrayList<>();
  private final List<InstalmentShare> instalments = new ArrayList<>();
  private final List<IndicatorTargets> indicators = new ArrayList<>();

  private DraftBuilder(long recipientId, long fundId) {
    this.recipientId = recipientId;
    this.fundId = fundId;
  }

  public static DraftBuilder draft(long recipientId, long fundId) {
    return new DraftBuilder(recipientId, fundId);
  }

  public DraftBuilder title(String title) {
    this.title = title;
    return this;
  }

  public DraftBuilder total(String total) {
    this.total = new BigDecimal(total);
    return this;
  }

  public DraftBuilder term(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
    return this;
  }

  public DraftBuilder frequency(ReportingFrequency frequency) {
    this.frequency = frequency;
    return this;
  }

  public DraftBuilder holdbackPercent(String percent) {
    this.holdbackPercent = new BigDecimal(percent);
    return this;
  }

  public DraftBuilder share(int fiscalYear, String amount) {
    shares.add(new YearShare(fiscalYear, new BigDecimal(amount)));
    return this;
  }

  public DraftBuilder item(String category, String amount) {
    items.add(new BudgetItemShare(category, new BigDecimal(amount)));
    return this;
  }

  public DraftBuilder instalment(int fiscalYear, LocalDate due, String amount, boolean holdback) {
    instalments.add(new InstalmentShare(fiscalYear, due, new BigDecimal(amount), holdback));
    return this;
  }

  /** Reports on the catalogue indicator {@code code}, targets given by period number. */
  public DraftBuilder indicator(String code, Map<Integer, BigDecimal> targetsByPeriod) {
    indicators.add(new IndicatorTargets(code, targetsByPeriod, null));
    return this;
  }

  public GrantDraft build() {
    List<YearShare> years =
        shares.isEmpty() ? List.of(new YearShare(GrantFixtures.YEAR, total)) : shares;
    return new GrantDraft(
        recipientId,
        fundId,
        InstrumentType.GRANT,
        title,
        title + " (fr)",
        null,
        null,
        null,
        null,
        total,
        start,
        end,
        holdbackPercent,
        frequency,
        DataOwnership.JOINT,
        years,
        items,
        instalments,
        indicators);
  }
}
