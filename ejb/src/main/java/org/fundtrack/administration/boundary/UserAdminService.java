package org.fundtrack.administration.boundary;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.logging.Logger;
import org.fundtrack.recipient.control.RecipientRepository;
import org.fundtrack.recipient.entity.Recipient;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.security.control.AppUserRepository;
import org.fundtrack.security.control.PasswordHasher;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * User administration, for administrators only: list, create, change, disable and enable users,
 * reset passwords. It guards that usernames are unique, that recipient users (and only they) are
 * linked to an existing recipient, and that administrators cannot lock themselves out.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAdminService {

  private static final Logger LOG = Logger.getLogger(UserAdminService.class.getName());
  private static final String ROWS =
      "SELECT NEW org.fundtrack.administration.boundary.UserRow(u.id, u.username, u.displayName,"
          + " u.email, u.role, r.id, r.legalName, u.enabled, u.lockedUntil, u.lastSignInAt,"
          + " u.preferredLocale) FROM AppUser u LEFT JOIN Recipient r ON r.id = u.recipientId";

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private AppUserRepository users;
  @Inject private RecipientRepository recipients;
  @Inject private CurrentUser currentUser;

  private final PasswordHasher hasher = new PasswordHasher();

  /** One page of users, filtered and sorted in the database (one statement). */
  public List<UserRow> list(@NotNull(message = "{field.required}") @Valid UserQuery query) {
    TypedQuery<UserRow> rows =
        em.createQuery(
            ROWS
                + where(query)
                + " ORDER BY "
                + query.sort().path()
                + (query.ascending() ? " ASC" : " DESC")
                + ", u.id",
            UserRow.class);
    bind(rows, query);
    return rows.setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
  }

  /** How many users match the query's filters, whatever its page. */
  public long count(@NotNull(message = "{field.required}") @Valid UserQuery query) {
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(u) FROM AppUser u LEFT JOIN Recipient r ON r.id = u.recipientId"
                + where(query),
            Long.class);
    bind(count, query);
    return count.getSingleResult();
  }

  /** One user as the list shows it. */
  public Optional<UserRow> find(long userId) {
    return em.createQuery(ROWS + " WHERE u.id = :id", UserRow.class)
        .setParameter("id", userId)
        .getResultStream()
        .findFirst();
  }

  /** Creates a user with an initial password and returns its id. */
  public long create(@NotNull(message = "{field.required}") @Valid NewUser user) {
    if (users.findByUsername(user.username()).isPresent()) {
      throw BusinessRuleViolation.conflict("security.user.usernameTaken", user.username());
    }
    AppUser created =
        new AppUser(
            user.username(),
            user.displayName(),
            user.email(),
            hasher.hash(user.initialPassword().toCharArray()),
            user.role(),
            recipientFor(user.recipientId()));
    em.persist(created);
    em.flush();
    LOG.info(() -> "User " + created.getId() + " created as " + user.role() + " by " + actor());
    return created.getId();
  }

  /** Changes a user's name, e-mail, role and organisation. */
  public void update(
      long userId, @NotNull(message = "{field.required}") @Valid UserChanges changes) {
    AppUser user = load(userId);
    if (isSelf(userId) && changes.role() != user.getRole()) {
      throw BusinessRuleViolation.invalid("security.user.cannotChangeOwnRole");
    }
    user.setDisplayName(changes.displayName());
    user.setEmail(changes.email());
    user.changeRole(changes.role(), recipientFor(changes.recipientId()));
    LOG.info(() -> "User " + userId + " changed (role " + changes.role() + ") by " + actor());
  }

  /** Stops a user from signing in; their open sessions end at their next request. */
  public void disable(long userId) {
    if (isSelf(userId)) {
      throw BusinessRuleViolation.invalid("security.user.cannotDisableSelf");
    }
    load(userId).disable();
    LOG.info(() -> "User " + userId + " disabled by " + actor());
  }

  /** Lets a user sign in again, clearing any lock left by failed sign-ins. */
  public void enable(long userId) {
    AppUser user = load(userId);
    user.enable();
    user.unlock();
    LOG.info(() -> "User " + userId + " enabled by " + actor());
  }

  /** Gives a user a new password (hashed at once) and clears any lock. */
  public void resetPassword(
      long userId,
      @NotNull(message = "{field.required}")
          @Size(min = 12, max = 128, message = "{security.user.password.length}")
          String newPassword) {
    AppUser user = load(userId);
    user.changePasswordHash(hasher.hash(newPassword.toCharArray()));
    user.unlock();
    LOG.info(() -> "Password of user " + userId + " reset by " + actor());
  }

  /** The active recipients a recipient user may be linked to, by name. */
  public List<RecipientOption> recipientOptions() {
    return em.createQuery(
            "SELECT NEW org.fundtrack.administration.boundary.RecipientOption(r.id, r.legalName)"
                + " FROM Recipient r WHERE r.active = TRUE ORDER BY r.legalName",
            RecipientOption.class)
        .getResultList();
  }

  private static String where(UserQuery query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (query.text() != null && !query.text().isBlank()) {
      where.append(
          " AND (u.username LIKE :text ESCAPE '!' OR u.displayName LIKE :text ESCAPE '!'"
              + " OR u.email LIKE :text ESCAPE '!')");
    }
    if (query.role() != null) {
      where.append(" AND u.role = :role");
    }
    return where.toString();
  }

  /** Escapes with '!': a backslash is also MariaDB's string-literal escape. */
  private static void bind(TypedQuery<?> jpql, UserQuery query) {
    if (query.text() != null && !query.text().isBlank()) {
      String escaped = query.text().strip().replaceAll("([!%_])", "!$1");
      jpql.setParameter("text", "%" + escaped + "%");
    }
    if (query.role() != null) {
      jpql.setParameter("role", query.role());
    }
  }

  private AppUser load(long userId) {
    return users
        .findById(userId)
        .orElseThrow(() -> BusinessRuleViolation.notFound("security.user.notFound", userId));
  }

  private Long recipientFor(Long recipientId) {
    if (recipientId == null) {
      return null;
    }
    return recipients
        .findById(recipientId)
        .map(Recipient::getId)
        .orElseThrow(
            () -> BusinessRuleViolation.invalid("security.user.recipientUnknown", recipientId));
  }

  private boolean isSelf(long userId) {
    return currentUser.get().map(c -> c.userId() == userId).orElse(false);
  }

  private String actor() {
    return currentUser.get().map(Caller::username).orElse("?");
  }
}
