package org.fundtrack.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.fundtrack.audit.boundary.AuditEntries;
import org.fundtrack.audit.boundary.AuditEntryView;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.query.MappedRows;
import org.fundtrack.shared.query.Page;
import org.fundtrack.shared.query.PageRequest;

/**
 * A grant's audit history for the ministry staff who read grants: the entries of the grant itself
 * and of every record that belongs to it (year allocations, budget items, instalments, payments,
 * reporting periods, amendments, indicators and their targets, progress reports and their
 * attachments), newest first, paged in the database. Recipients do not see the ministry's audit
 * trail.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR})
public class GrantHistoryService {

  /**
   * The entries about the grant {@code ?1}: each child type is matched through its own table's
   * grant column, so the index on (entity_type, entity_id) serves every branch.
   */
  private static final String ENTRIES =
      " FROM audit_entry e WHERE (e.entity_type = 'GrantAgreement' AND e.entity_id = ?1)"
          + child("GrantYearAllocation", "grant_year_allocation")
          + child("GrantBudgetItem", "grant_budget_item")
          + child("PaymentInstalment", "payment_instalment")
          + child("Payment", "payment")
          + child("ReportingPeriod", "reporting_period")
          + child("Amendment", "amendment")
          + child("GrantIndicator", "grant_indicator")
          + child("ProgressReport", "progress_report")
          + " OR (e.entity_type = 'ReportAttachment' AND e.entity_id IN (SELECT a.id FROM"
          + " report_attachment a JOIN progress_report pr ON pr.id = a.progress_report_id"
          + " WHERE pr.grant_id = ?1))"
          + " OR (e.entity_type = 'IndicatorTarget' AND e.entity_id IN (SELECT t.id FROM"
          + " indicator_target t JOIN grant_indicator gi ON gi.id = t.grant_indicator_id"
          + " WHERE gi.grant_id = ?1))";

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private GrantRepository grants;
  @Inject private AuditEntries entries;

  /**
   * One page of the grant's audit entries, newest first, with the names of the records and users
   * they mention.
   *
   * @throws BusinessRuleViolation {@code grant.notFound} for an unknown grant
   */
  public Page<AuditEntryView> auditHistory(long grantId, @NotNull @Valid PageRequest page) {
    currentUser.get().orElseThrow(() -> new EJBAccessException("No enabled caller"));
    if (grants.findById(grantId).isEmpty()) {
      throw BusinessRuleViolation.notFound("grant.notFound", grantId);
    }
    Query rows =
        em.createNativeQuery(
            "SELECT " + AuditEntries.COLUMNS + ENTRIES + " ORDER BY e.id DESC", AuditEntries.ROW);
    rows.setParameter(1, grantId);
    rows.setFirstResult(page.offset()).setMaxResults(page.size());
    Query count = em.createNativeQuery("SELECT COUNT(*)" + ENTRIES);
    count.setParameter(1, grantId);
    List<AuditEntries.Row> result = MappedRows.list(rows, AuditEntries.Row.class);
    return Page.of(entries.views(result), page, ((Number) count.getSingleResult()).longValue());
  }

  private static String child(String entityType, String table) {
    return " OR (e.entity_type = '"
        + entityType
        + "' AND e.entity_id IN (SELECT c.id FROM "
        + table
        + " c WHERE c.grant_id = ?1))";
  }
}
