package org.fundtrack.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundtrack.audit.boundary.AuditEntries;
import org.fundtrack.audit.boundary.AuditEntryView;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.query.ExportBatch;
import org.fundtrack.shared.query.MappedRows;
import org.fundtrack.shared.time.SqlValues;

/**
 * The rows behind the auditors' workbooks, read in batches by keyset ({@code id > after}, in id
 * order), each batch its own short transaction, so an export of any size streams with a bounded
 * memory and never holds a long transaction. Ministry staff only: recipients get their own grants'
 * PDFs, never registers or ledgers that list other organisations.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR})
public class ExportQueries {

  @Inject private ExportBatch batchSize;

  /**
   * The program officer of a grant is the ministry officer (or director) who entered it; a grant a
   * recipient started has none until an officer takes it on.
   */
  private static final String REGISTER =
      "SELECT NEW org.fundtrack.grant.boundary.RegisterEntry(g.id, g.referenceNumber,"
          + " g.text.titleEn, g.text.titleFr, r.legalName, pa.name.en, pa.name.fr, f.code,"
          + " f.name.en, f.name.fr, g.status, g.terms.startDate, g.terms.endDate,"
          + " g.terms.totalAmount,"
          + " (SELECT COALESCE(SUM(p.amount), 0) FROM Payment p WHERE p.grant = g),"
          + " CASE WHEN c.role IN (org.fundtrack.security.entity.Role.OFFICER,"
          + " org.fundtrack.security.entity.Role.DIRECTOR) THEN c.displayName ELSE NULL END)"
          + " FROM GrantAgreement g JOIN g.recipient r JOIN g.fund f JOIN f.programArea pa"
          + " JOIN g.createdBy c";

  private static final String LEDGER =
      "SELECT NEW org.fundtrack.grant.boundary.LedgerEntry(p.id, p.paymentReference,"
          + " g.referenceNumber, r.legalName, fy.startYear, f.code, i.sequenceNo, i.holdback,"
          + " i.dueDate, p.paidOn, p.amount, p.paidBy.displayName)"
          + " FROM Payment p JOIN p.instalment i JOIN p.grant g JOIN g.recipient r"
          + " JOIN i.budgetLine bl JOIN bl.fiscalYear fy JOIN bl.fund f";

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private AuditEntries entries;

  /** The next batch of the grants register after grant id {@code after}. */
  public List<RegisterEntry> register(@NotNull @Valid ExportFilter filter, long after) {
    Map<String, Object> parameters = new HashMap<>();
    String where = " WHERE g.id > :after";
    parameters.put("after", after);
    if (filter.fiscalYear() != null) {
      where += " AND g.terms.startDate <= :yearEnd AND g.terms.endDate >= :yearStart";
      parameters.put("yearStart", LocalDate.of(filter.fiscalYear(), 4, 1));
      parameters.put("yearEnd", LocalDate.of(filter.fiscalYear() + 1, 3, 31));
    }
    String ids = "SELECT g.id FROM GrantAgreement g";
    if (filter.fundCode() != null) {
      ids += " JOIN g.fund f";
      where += " AND f.code = :fund";
      parameters.put("fund", filter.fundCode());
    }
    where += bound(ids + where + " ORDER BY g.id", parameters, "g.id");
    return batch(REGISTER + where + " ORDER BY g.id", RegisterEntry.class, parameters);
  }

  /** The next batch of the payments ledger after payment id {@code after}. */
  public List<LedgerEntry> ledger(@NotNull @Valid ExportFilter filter, long after) {
    Map<String, Object> parameters = new HashMap<>();
    String where = " WHERE p.id > :after";
    parameters.put("after", after);
    String ids = "SELECT p.id FROM Payment p";
    if (filter.fiscalYear() != null || filter.fundCode() != null) {
      ids += " JOIN p.instalment i JOIN i.budgetLine bl JOIN bl.fiscalYear fy JOIN bl.fund f";
    }
    if (filter.fiscalYear() != null) {
      where += " AND fy.startYear = :year";
      parameters.put("year", filter.fiscalYear());
    }
    if (filter.fundCode() != null) {
      where += " AND f.code = :fund";
      parameters.put("fund", filter.fundCode());
    }
    where += bound(ids + where + " ORDER BY p.id", parameters, "p.id");
    return batch(LEDGER + where + " ORDER BY p.id", LedgerEntry.class, parameters);
  }

  /**
   * The batch's upper key: the batch-size-th id after {@code :after} among the rows the filter
   * keeps, read from the driving table alone, as a condition on {@code key} (nothing when fewer
   * remain). Bounded so, the batch's own query reads exactly its rows by primary-key range. With
   * only {@code id > :after ... LIMIT}, MariaDB starts from a small joined table (the 300
   * recipients, the users) and sorts every remaining row once per batch: a whole export then costs
   * the square of its size.
   */
  private String bound(String idsJpql, Map<String, Object> parameters, String key) {
    TypedQuery<Long> ids = em.createQuery(idsJpql, Long.class);
    parameters.forEach(ids::setParameter);
    List<Long> last = ids.setFirstResult(batchSize.rows() - 1).setMaxResults(1).getResultList();
    if (last.isEmpty()) {
      return "";
    }
    parameters.put("upTo", last.get(0));
    return " AND " + key + " <= :upTo";
  }

  private <T> List<T> batch(String jpql, Class<T> type, Map<String, Object> parameters) {
    TypedQuery<T> query = em.createQuery(jpql, type);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(batchSize.rows()).getResultList();
  }

  /** One grant as the register lists it, for its evidence pack. */
  public java.util.Optional<RegisterEntry> registerEntry(long grantId) {
    return em.createQuery(REGISTER + " WHERE g.id = :id", RegisterEntry.class)
        .setParameter("id", grantId)
        .getResultStream()
        .findFirst();
  }

  /** Every payment of one grant, in payment order (a grant has a handful). */
  public List<LedgerEntry> payments(long grantId) {
    return em.createQuery(LEDGER + " WHERE g.id = :id ORDER BY p.id", LedgerEntry.class)
        .setParameter("id", grantId)
        .getResultList();
  }

  /** How many grants hold a commitment on one budget line. */
  public record LineGrants(Long budgetLineId, Long grants) {}

  /** A record's English and French names. */
  public record Names(String en, String fr) {}

  /** Grants holding a commitment on each budget line of the year, by budget line id. */
  public Map<Long, Integer> grantCountsByLine(int fiscalYear) {
    Map<Long, Integer> counts = new HashMap<>();
    em.createQuery(
            "SELECT NEW org.fundtrack.grant.boundary.ExportQueries$LineGrants(a.budgetLine.id,"
                + " COUNT(DISTINCT a.grant.id)) FROM GrantYearAllocation a"
                + " WHERE a.budgetLine.fiscalYear.startYear = :year AND a.grant.status IN"
                + " (org.fundtrack.grant.entity.GrantStatus.APPROVED,"
                + " org.fundtrack.grant.entity.GrantStatus.ACTIVE,"
                + " org.fundtrack.grant.entity.GrantStatus.CLOSED,"
                + " org.fundtrack.grant.entity.GrantStatus.TERMINATED)"
                + " GROUP BY a.budgetLine.id",
            LineGrants.class)
        .setParameter("year", fiscalYear)
        .getResultList()
        .forEach(r -> counts.put(r.budgetLineId(), r.grants().intValue()));
    return counts;
  }

  /** The next batch of the whole audit trail after entry id {@code after}, in chain order. */
  public List<AuditEntryView> auditTrail(long after) {
    Query rows =
        em.createNativeQuery(
                "SELECT "
                    + AuditEntries.COLUMNS
                    + " FROM audit_entry e WHERE e.id > ?1 ORDER BY e.id",
                AuditEntries.ROW)
            .setParameter(1, after)
            .setMaxResults(batchSize.rows());
    return entries.views(MappedRows.list(rows, AuditEntries.Row.class));
  }

  /**
   * The ministry that funds the grant (its fund's), in English and French. Recipients reach it for
   * their own grants' agreements, whose scope the caller has already checked.
   */
  @RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.RECIPIENT})
  public List<String> ministryOf(long grantId) {
    Names names =
        em.createQuery(
                "SELECT NEW org.fundtrack.grant.boundary.ExportQueries$Names(m.name.en, m.name.fr)"
                    + " FROM GrantAgreement g JOIN g.fund f JOIN f.ministry m WHERE g.id = :id",
                Names.class)
            .setParameter("id", grantId)
            .getSingleResult();
    return List.of(names.en(), names.fr());
  }

  /** The English and French names of the fund with {@code code}, if there is one. */
  public java.util.Optional<List<String>> fundNames(String code) {
    return em.createQuery(
            "SELECT NEW org.fundtrack.grant.boundary.ExportQueries$Names(f.name.en, f.name.fr)"
                + " FROM Fund f WHERE f.code = :code",
            Names.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(names -> List.of(names.en(), names.fr()));
  }

  /** The id of the fund with {@code code}, if there is one. */
  public java.util.Optional<Long> fundId(String code) {
    return em.createQuery("SELECT f.id FROM Fund f WHERE f.code = :code", Long.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The strategy the ministry runs now: the one whose span covers the latest budget year. */
  public java.util.Optional<Long> currentStrategyId() {
    return em.createQuery(
            "SELECT s.id FROM Strategy s ORDER BY s.lastStartYear DESC, s.id", Long.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * When the export began reading, by the database's clock. Batches are read in their own
   * transactions, so a row changed during a long export may show its newer state.
   */
  @RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.RECIPIENT})
  public Instant dataAsOf() {
    return SqlValues.instant(em.createNativeQuery("SELECT UTC_TIMESTAMP(6)").getSingleResult());
  }
}
