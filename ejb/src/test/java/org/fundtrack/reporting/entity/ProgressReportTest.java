package org.fundtrack.reporting.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantIndicator;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.Indicator;
import org.fundtrack.indicator.entity.MeasureType;
import org.fundtrack.reference.entity.ExpenseCategory;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.testing.TestData;
import org.junit.jupiter.api.Test;

class ProgressReportTest {

  private static final Instant T0 = Instant.parse("2024-10-20T15:00:00Z");

  private final AppUser officer = TestData.staff("officer", Role.OFFICER);
  private final AppUser agency = TestData.recipientUser(7L);
  private final GrantAgreement grant = TestData.grant(TestData.fund(), officer, "50000");
  private final ReportingPeriod period =
      new ReportingPeriod(
          grant,
          1,
          LocalDate.of(2024, 4, 1),
          LocalDate.of(2024, 9, 30),
          LocalDate.of(2024, 10, 31),
          false);

  private static String key(Runnable action) {
    return assertThrows(BusinessRuleViolation.class, action::run).getMessageKey();
  }

  private ProgressReport submitted() {
    ProgressReport report = ProgressReport.firstDraft(period);
    report.writeNarrative("Served 130 people.", Locale.CANADA_FRENCH);
    report.submit(agency, T0);
    return report;
  }

  @Test
  void firstDraft_belongsToThePeriodsGrant() {
    ProgressReport report = ProgressReport.firstDraft(period);

    assertThat(report.getGrant()).isSameAs(grant);
    assertThat(report.getRevision()).isEqualTo(1);
    assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
  }

  @Test
  void submit_requiresANarrative() {
    ProgressReport report = ProgressReport.firstDraft(period);

    assertThat(key(() -> report.submit(agency, T0))).isEqualTo("report.narrativeRequired");
    assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
  }

  @Test
  void submitted_reportIsNoLongerEditable() {
    ProgressReport report = submitted();
    ExpenseCategory category = new ExpenseCategory("HOUSING", "Housing", "Logement");

    assertThat(report.narrativeLanguage()).isEqualTo(Locale.FRENCH);
    assertThat(key(() -> report.writeNarrative("x", Locale.ENGLISH)))
        .isEqualTo("report.notEditable");
    assertThat(key(() -> new ReportExpense(report, category, Money.of("10"), null)))
        .isEqualTo("report.notEditable");
  }

  @Test
  void review_refusesTheSubmitter() {
    ProgressReport report = submitted();

    assertThat(key(() -> report.accept(agency, T0.plusSeconds(60), null)))
        .isEqualTo("report.ownReport");
    report.accept(officer, T0.plusSeconds(60), null);
    assertThat(report.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
    assertThat(report.getReviewedBy()).isSameAs(officer);
  }

  @Test
  void returnForRevision_needsACommentAndStartsTheNextRevision() {
    ProgressReport report = submitted();

    assertThat(key(report::nextRevision)).isEqualTo("report.notReturned");
    assertThat(key(() -> report.returnForRevision(officer, T0.plusSeconds(60), "")))
        .isEqualTo("report.commentRequired");
    report.returnForRevision(officer, T0.plusSeconds(60), "Add the spending by category.");
    ProgressReport next = report.nextRevision();

    assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
    assertThat(next.getRevision()).isEqualTo(2);
    assertThat(next.getStatus()).isEqualTo(ReportStatus.DRAFT);
    assertThat(next.getNarrative()).isEqualTo("Served 130 people.");
  }

  @Test
  void indicatorResult_takesANumberForMeasuredAndTextForQualitative() {
    ProgressReport report = ProgressReport.firstDraft(period);
    Indicator served =
        new Indicator(
            "PEOPLE_SERVED",
            "People served",
            "Personnes servies",
            "count",
            MeasureType.COUNT,
            Direction.UP);
    Indicator story =
        new Indicator(
            "STORY", "Story", "Récit", "text", MeasureType.QUALITATIVE, Direction.CONTEXT);
    GrantIndicator servedHere = new GrantIndicator(grant, served);
    GrantIndicator storyHere = new GrantIndicator(grant, story);

    IndicatorResult number =
        IndicatorResult.number(report, servedHere, null, new BigDecimal("130"));
    IndicatorResult text = IndicatorResult.text(report, storyHere, null, "A good year.");

    assertThat(number.getNumericValue()).isEqualByComparingTo("130");
    assertThat(number.getTextValue()).isNull();
    assertThat(text.getTextValue()).isEqualTo("A good year.");
    assertThat(key(() -> IndicatorResult.text(report, servedHere, null, "many")))
        .isEqualTo("report.result.numberExpected");
    assertThat(key(() -> IndicatorResult.number(report, storyHere, null, BigDecimal.ONE)))
        .isEqualTo("report.result.textExpected");
  }

  @Test
  void indicatorResult_refusesAnotherGrantsIndicator() {
    ProgressReport report = ProgressReport.firstDraft(period);
    GrantAgreement other = TestData.grant(TestData.fund(), officer, "10");
    GrantIndicator elsewhere =
        new GrantIndicator(
            other, new Indicator("X", "X", "X", "count", MeasureType.COUNT, Direction.UP));

    assertThat(key(() -> IndicatorResult.number(report, elsewhere, null, BigDecimal.ONE)))
        .isEqualTo("report.result.otherGrant");
  }

  @Test
  void attachment_recordsSizeAndHashOfTheBytes() {
    ProgressReport report = ProgressReport.firstDraft(period);
    byte[] bytes = "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    ReportAttachment attachment =
        new ReportAttachment(report, "a.txt", "text/plain", bytes, agency, T0);

    assertThat(attachment.getSizeBytes()).isEqualTo(3);
    assertThat(attachment.getSha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(attachment.describes(bytes)).isTrue();
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportAttachmentContent(attachment, "abd".getBytes()));
    assertThat(
            key(() -> new ReportAttachment(report, "e.txt", "text/plain", new byte[0], agency, T0)))
        .isEqualTo("report.attachment.empty");
  }
}
