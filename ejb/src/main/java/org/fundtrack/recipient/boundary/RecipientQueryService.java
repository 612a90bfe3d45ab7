package org.fundtrack.recipient.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.fundtrack.recipient.entity.Recipient;
import org.fundtrack.security.boundary.AccessDenials;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.security.boundary.RecipientScope;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.query.LikePattern;
import org.fundtrack.shared.query.Page;
import org.fundtrack.shared.query.PageRequest;

/**
 * Reads recipient organisations. Ministry staff see all of them; a recipient sees only its own, and
 * the restriction is part of every query, so another organisation's row is never loaded. A
 * recipient naming an id outside its scope gets the same empty answer as for an id that does not
 * exist, and the attempt is recorded.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.ADMIN, Roles.RECIPIENT})
public class RecipientQueryService {

  /** Longest search text accepted: longer than any name column. */
  public static final int MAX_SEARCH_LENGTH = 200;

  private static final String SUMMARY =
      "SELECT NEW org.fundtrack.recipient.boundary.RecipientSummary(r.id, r.legalName,"
          + " r.operatingName, r.recipientType, rg.code, rg.name.en, rg.name.fr, r.city,"
          + " r.province, r.active)";
  private static final String FROM = " FROM Recipient r JOIN r.region rg WHERE 1 = 1";
  private static final String IN_SCOPE = " AND r.id = :scope";
  private static final String MATCHING =
      " AND (LOWER(r.legalName) LIKE :q ESCAPE '!' OR LOWER(r.operatingName) LIKE :q ESCAPE '!')";

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private AccessDenials denials;

  /** One page of the organisations the caller may see, by legal name, optionally matching text. */
  public Page<RecipientSummary> list(
      @Size(max = MAX_SEARCH_LENGTH, message = "{field.tooLong}") String search,
      @NotNull @Valid PageRequest page) {
    RecipientScope scope = RecipientScope.of(caller());
    String where = FROM + (scope.restricted() ? IN_SCOPE : "");
    where += LikePattern.isUsable(search) ? MATCHING : "";
    TypedQuery<RecipientSummary> rows =
        em.createQuery(SUMMARY + where + " ORDER BY r.legalName, r.id", RecipientSummary.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(r)" + where, Long.class);
    bind(rows, scope, search);
    bind(count, scope, search);
    List<RecipientSummary> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return Page.of(items, page, count.getSingleResult());
  }

  /** One organisation with its contacts; empty when unknown or outside the caller's scope. */
  public Optional<RecipientDetail> find(long id) {
    Caller caller = caller();
    RecipientScope scope = RecipientScope.of(caller);
    Optional<RecipientDetail> detail =
        scope.permits(id) ? load(id, caller.isRecipient()) : Optional.empty();
    if (detail.isEmpty() && scope.restricted()) {
      denials.record("recipient " + id);
    }
    return detail;
  }

  private Optional<RecipientDetail> load(long id, boolean hideRiskRating) {
    return em.createQuery(
            "SELECT r FROM Recipient r JOIN FETCH r.region WHERE r.id = :id", Recipient.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(recipient -> detail(recipient, contactsOf(id), hideRiskRating));
  }

  private static RecipientDetail detail(
      Recipient r, List<RecipientContactView> contacts, boolean hideRiskRating) {
    RecipientSummary summary =
        new RecipientSummary(
            r.getId(),
            r.getLegalName(),
            r.getOperatingName(),
            r.getRecipientType(),
            r.getRegion().getCode(),
            r.getRegion().getName().en(),
            r.getRegion().getName().fr(),
            r.getCity(),
            r.getProvince(),
            r.isActive());
    return new RecipientDetail(
        summary,
        r.getBusinessNumber(),
        r.getStreet(),
        r.getPostalCode(),
        hideRiskRating ? null : r.getRiskRating(),
        r.isDemo(),
        contacts);
  }

  private List<RecipientContactView> contactsOf(long recipientId) {
    return em.createQuery(
            "SELECT NEW org.fundtrack.recipient.boundary.RecipientContactView(c.id, c.fullName,"
                + " c.title, c.email, c.phone, c.signingAuthority, c.primaryContact)"
                + " FROM RecipientContact c WHERE c.recipient.id = :id AND c.active = TRUE"
                + " ORDER BY c.primaryContact DESC, c.fullName, c.id",
            RecipientContactView.class)
        .setParameter("id", recipientId)
        .getResultList();
  }

  private static void bind(TypedQuery<?> query, RecipientScope scope, String search) {
    if (scope.restricted()) {
      query.setParameter("scope", scope.recipientId());
    }
    if (LikePattern.isUsable(search)) {
      query.setParameter("q", LikePattern.contains(search));
    }
  }

  private Caller caller() {
    return currentUser.get().orElseThrow(() -> new EJBAccessException("No enabled caller"));
  }
}
