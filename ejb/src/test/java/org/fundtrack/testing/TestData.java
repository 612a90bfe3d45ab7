package org.fundtrack.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.budget.entity.Fund;
import org.fundtrack.budget.entity.ProgramArea;
import org.fundtrack.budget.entity.Strategy;
import org.fundtrack.grant.entity.DataOwnership;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantTerms;
import org.fundtrack.grant.entity.GrantText;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.recipient.entity.Recipient;
import org.fundtrack.recipient.entity.RecipientType;
import org.fundtrack.recipient.entity.RiskRating;
import org.fundtrack.reference.entity.Ministry;
import org.fundtrack.reference.entity.Region;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.money.Money;

/** Small, valid, unpersisted entities for unit tests; each call returns new objects. */
public final class TestData {

  private static final String HASH = "pbkdf2-sha256$210000$c2FsdA==$aGFzaA==";

  private TestData() {}

  public static Fund fund() {
    Strategy strategy =
        new Strategy(
            "AHT",
            "Anti-Human Trafficking Strategy",
            "Stratégie de lutte contre la traite des personnes",
            2020,
            2024);
    ProgramArea area =
        new ProgramArea(
            strategy,
            "VICTIM_SERVICES",
            "Specialized victim services and prevention",
            "Services spécialisés aux victimes et prévention",
            10);
    Ministry ministry =
        new Ministry(
            "MCCSS",
            "Children, Community and Social Services",
            "Enfance et Services sociaux et communautaires");
    return new Fund(
        area,
        ministry,
        "AHT-CSF",
        "Anti-Human Trafficking Community Supports Fund",
        "Fonds de soutien communautaire à la lutte contre la traite des personnes");
  }

  /** Another fund of the same program area and ministry as {@code fund}. */
  public static Fund sibling(Fund fund, String code) {
    return new Fund(
        fund.getProgramArea(), fund.getMinistry(), code, code + " fund", "Fonds " + code);
  }

  public static BudgetLine budgetLine(Fund fund, int startYear, String appropriation) {
    return new BudgetLine(fund, new FiscalYear(startYear), Money.of(appropriation));
  }

  public static BudgetLine budgetLine(String appropriation) {
    return budgetLine(fund(), 2024, appropriation);
  }

  public static AppUser staff(String username, Role role) {
    return new AppUser(username, username, username + "@ontario.ca", HASH, role, null);
  }

  public static Recipient recipient() {
    Region region = new Region("TORONTO", "Toronto", "Toronto");
    return new Recipient(
        "Safe Harbour Community Services",
        RecipientType.COMMUNITY_AGENCY,
        region,
        "Toronto",
        RiskRating.LOW);
  }

  /** A user of the recipient organisation with id {@code recipientId}. */
  public static AppUser recipientUser(long recipientId) {
    return new AppUser("agency", "Agency", "agency@example.org", HASH, Role.RECIPIENT, recipientId);
  }

  public static GrantTerms terms(String total) {
    return new GrantTerms(
        Money.of(total),
        LocalDate.of(2024, 4, 1),
        LocalDate.of(2025, 3, 31),
        new BigDecimal("10.00"),
        ReportingFrequency.QUARTERLY,
        DataOwnership.RECIPIENT);
  }

  public static GrantAgreement grant(Fund fund, AppUser createdBy, String total) {
    return new GrantAgreement(
        "AHT-2024-0001",
        recipient(),
        fund,
        InstrumentType.GRANT,
        new GrantText("Youth outreach", "Approche auprès des jeunes"),
        terms(total),
        createdBy);
  }
}
