package org.fundtrack.web.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.fundtrack.audit.entity.AuditEntry;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.budget.entity.Fund;
import org.fundtrack.budget.entity.ProgramArea;
import org.fundtrack.budget.entity.Strategy;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.grant.entity.IndicatorTarget;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.reference.entity.Ministry;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.AppUser;

/**
 * Test-only transactions for the grant integration tests: callers for the demo users, scratch
 * budgets in fiscal years the demo data does not use (and their removal), and plain snapshots of
 * grants, lines and audit entries. Each method is one transaction.
 */
@Stateless
public class GrantFixtures {

  /** Far enough ahead that no demo budget line or overview test looks at it. */
  public static final int YEAR = 2030;

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  /** The caller a demo user would be once signed in, read from app_user. */
  public Caller caller(String username) {
    AppUser user =
        em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
            .setParameter("u", username)
            .getSingleResult();
    return new Caller(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.getRole(),
        user.getRecipientId());
  }

  /** The caller a user of the grant's recipient organisation would be once signed in. */
  public Caller recipientOf(long grantId) {
    AppUser user =
        em.createQuery(
                "SELECT u FROM AppUser u, GrantAgreement g WHERE g.id = :grant"
                    + " AND u.recipientId = g.recipient.id AND u.enabled = TRUE ORDER BY u.id",
                AppUser.class)
            .setParameter("grant", grantId)
            .setMaxResults(1)
            .getSingleResult();
    return caller(user.getUsername());
  }

  /** A demo recipient's id. */
  public long demoRecipientId() {
    return em.createQuery(
            "SELECT r.id FROM Recipient r WHERE r.demo = TRUE ORDER BY r.id", Long.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** A new strategy, program area and {@code funds} funds, each with the lines given by year. */
  public ScratchBudget scratchBudget(int funds, Map<Integer, BigDecimal> appropriationByYear) {
    String code = randomCode();
    int first = appropriationByYear.keySet().stream().min(Integer::compare).orElse(YEAR);
    int last = appropriationByYear.keySet().stream().max(Integer::compare).orElse(YEAR);
    Strategy strategy = new Strategy(code, "Scratch " + code, "Essai " + code, first, last);
    em.persist(strategy);
    ProgramArea area =
        new ProgramArea(strategy, code + "-PA", "Scratch area", "Secteur d’essai", 99);
    em.persist(area);
    Ministry ministry =
        em.createQuery("SELECT m FROM Ministry m ORDER BY m.id", Ministry.class)
            .setMaxResults(1)
            .getSingleResult();
    List<Long> fundIds = new ArrayList<>();
    List<Map<Integer, Long>> lines = new ArrayList<>();
    for (int i = 0; i < funds; i++) {
      Fund fund =
          new Fund(area, ministry, code + "-F" + i, "Scratch fund " + i, "Fonds d’essai " + i);
      em.persist(fund);
      Map<Integer, Long> byYear = new LinkedHashMap<>();
      for (Map.Entry<Integer, BigDecimal> e : appropriationByYear.entrySet()) {
        FiscalYear year =
            em.createQuery("SELECT f FROM FiscalYear f WHERE f.startYear = :y", FiscalYear.class)
                .setParameter("y", e.getKey())
                .getSingleResult();
        BudgetLine line = new BudgetLine(fund, year, e.getValue());
        em.persist(line);
        em.flush();
        byYear.put(e.getKey(), line.getId());
      }
      em.flush();
      fundIds.add(fund.getId());
      lines.add(byYear);
    }
    em.flush();
    return new ScratchBudget(strategy.getId(), code, fundIds, lines);
  }

  /** A second program area's fund with one line, under the same scratch strategy. */
  public long fundInAnotherArea(ScratchBudget budget, int year, BigDecimal appropriation) {
    Strategy strategy = em.find(Strategy.class, budget.strategyId());
    ProgramArea area =
        new ProgramArea(strategy, budget.code() + "-PB", "Other area", "Autre secteur", 98);
    em.persist(area);
    Ministry ministry = em.find(Fund.class, budget.fund(0)).getMinistry();
    Fund fund = new Fund(area, ministry, budget.code() + "-X", "Other fund", "Autre fonds");
    em.persist(fund);
    FiscalYear fy =
        em.createQuery("SELECT f FROM FiscalYear f WHERE f.startYear = :y", FiscalYear.class)
            .setParameter("y", year)
            .getSingleResult();
    BudgetLine line = new BudgetLine(fund, fy, appropriation);
    em.persist(line);
    em.flush();
    return line.getId();
  }

  /**
   * Removes a scratch budget with every grant, schedule, payment, report, amendment and
   * reallocation on it (audit entries stay: they cannot be deleted, and they only name ids).
   */
  public void dropScratchBudget(long strategyId) {
    String funds =
        "SELECT f.id FROM fund f JOIN program_area pa ON pa.id = f.program_area_id"
            + " WHERE pa.strategy_id = "
            + strategyId;
    String grants = "SELECT g.id FROM grant_agreement g WHERE g.fund_id IN (" + funds + ")";
    String lines = "SELECT b.id FROM budget_line b WHERE b.fund_id IN (" + funds + ")";
    for (String sql :
        List.of(
            "DELETE FROM payment WHERE grant_id IN (" + grants + ")",
            "DELETE FROM indicator_target WHERE grant_indicator_id IN"
                + " (SELECT id FROM grant_indicator WHERE grant_id IN ("
                + grants
                + "))",
            "DELETE FROM grant_indicator WHERE grant_id IN (" + grants + ")",
            "DELETE FROM report_expense WHERE progress_report_id IN"
                + " (SELECT id FROM progress_report WHERE grant_id IN ("
                + grants
                + "))",
            "DELETE FROM progress_report WHERE grant_id IN (" + grants + ")",
            "DELETE FROM payment_instalment WHERE grant_id IN (" + grants + ")",
            "DELETE FROM reporting_period WHERE grant_id IN (" + grants + ")",
            "DELETE FROM amendment WHERE grant_id IN (" + grants + ")",
            "DELETE FROM grant_status_change WHERE grant_id IN (" + grants + ")",
            "DELETE FROM grant_budget_item WHERE grant_id IN (" + grants + ")",
            "DELETE FROM grant_year_allocation WHERE grant_id IN (" + grants + ")",
            "DELETE FROM grant_agreement WHERE fund_id IN (" + funds + ")",
            "DELETE FROM reallocation WHERE from_budget_line_id IN ("
                + lines
                + ")"
                + " OR to_budget_line_id IN ("
                + lines
                + ")",
            "DELETE FROM budget_line WHERE fund_id IN (" + funds + ")",
            "DELETE FROM fund WHERE id IN (SELECT id FROM (" + funds + ") f)",
            "DELETE FROM program_area WHERE strategy_id = " + strategyId,
            "DELETE FROM strategy WHERE id = " + strategyId)) {
      em.createNativeQuery(sql).executeUpdate();
    }
  }

  public Snapshots.Line line(long lineId) {
    BudgetLine line = em.find(BudgetLine.class, lineId);
    return new Snapshots.Line(
        line.getAppropriation(), line.getCommittedAmount(), line.getPaidAmount());
  }

  public Snapshots.Grant grant(long grantId) {
    GrantAgreement g = em.find(GrantAgreement.class, grantId);
    List<BigDecimal> allocations =
        em
            .createQuery(
                "SELECT a FROM GrantYearAllocation a WHERE a.grant.id = :g ORDER BY a.id",
                GrantYearAllocation.class)
            .setParameter("g", grantId)
            .getResultList()
            .stream()
            .map(GrantYearAllocation::getAmount)
            .toList();
    List<Snapshots.Instalment> instalments =
        em
            .createQuery(
                "SELECT i FROM PaymentInstalment i WHERE i.grant.id = :g ORDER BY i.sequenceNo",
                PaymentInstalment.class)
            .setParameter("g", grantId)
            .getResultList()
            .stream()
            .map(
                i ->
                    new Snapshots.Instalment(
                        i.getId(),
                        i.getSequenceNo(),
                        i.getAmount(),
                        i.isHoldback(),
                        i.getStatus(),
                        i.getDueDate()))
            .toList();
    return new Snapshots.Grant(
        g.getId(),
        g.getReferenceNumber(),
        g.getStatus(),
        g.getVersion(),
        g.getText().getTitleEn(),
        g.getTerms().getTotalAmount(),
        g.getTerms().getEndDate(),
        g.getAmountToRecover(),
        allocations,
        instalments,
        count("SELECT COUNT(r) FROM ReportingPeriod r WHERE r.grant.id = :g", grantId).intValue(),
        count("SELECT COUNT(p) FROM Payment p WHERE p.grant.id = :g", grantId),
        count("SELECT COUNT(c) FROM GrantStatusChange c WHERE c.grant.id = :g", grantId));
  }

  /** The grant's indicator targets as "CODE#period=value", in period order. */
  public List<String> indicatorTargets(long grantId) {
    return em
        .createQuery(
            "SELECT t FROM IndicatorTarget t WHERE t.grantIndicator.grant.id = :g"
                + " ORDER BY t.grantIndicator.indicator.code, t.reportingPeriod.sequenceNo",
            IndicatorTarget.class)
        .setParameter("g", grantId)
        .getResultList()
        .stream()
        .map(
            t ->
                t.getGrantIndicator().getIndicator().getCode()
                    + "#"
                    + t.getReportingPeriod().getSequenceNo()
                    + "="
                    + t.getTargetValue().stripTrailingZeros().toPlainString())
        .toList();
  }

  /** Grants on the scratch budget's funds. */
  public long grantsOn(ScratchBudget budget) {
    return em.createQuery(
            "SELECT COUNT(g) FROM GrantAgreement g WHERE g.fund.id IN :funds", Long.class)
        .setParameter("funds", budget.fundIds())
        .getSingleResult();
  }

  public long lastAuditId() {
    List<Long> ids =
        em.createQuery("SELECT MAX(a.id) FROM AuditEntry a", Long.class).getResultList();
    return ids.isEmpty() || ids.get(0) == null ? 0 : ids.get(0);
  }

  public long auditCount() {
    return em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult();
  }

  /** The audit entries written after {@code afterId}, oldest first. */
  public List<Snapshots.Audit> auditAfter(long afterId) {
    return em
        .createQuery("SELECT a FROM AuditEntry a WHERE a.id > :id ORDER BY a.id", AuditEntry.class)
        .setParameter("id", afterId)
        .getResultList()
        .stream()
        .map(
            a ->
                new Snapshots.Audit(
                    a.getId(),
                    a.getOccurredAt(),
                    a.getActor(),
                    a.getAction(),
                    a.getEntityType(),
                    a.getEntityId(),
                    a.getFieldName(),
                    a.getOldValue(),
                    a.getNewValue(),
                    a.getReason()))
        .toList();
  }

  /** The hash an entry would need to follow the newest one with these facts (for forgeries). */
  public AuditEntry newestEntry() {
    return em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.id DESC", AuditEntry.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  private Long count(String jpql, long grantId) {
    return em.createQuery(jpql, Long.class).setParameter("g", grantId).getSingleResult();
  }

  private static String randomCode() {
    StringBuilder code = new StringBuilder("Z");
    for (int i = 0; i < 4; i++) {
      code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return code.toString();
  }
}
