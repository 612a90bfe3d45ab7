package org.fundtrack.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.fundtrack.shared.entity.Bilingual;
import org.fundtrack.shared.entity.TimestampedEntity;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * A person who signs in. It guards two rules: a user has a recipient exactly when the role is
 * {@link Role#RECIPIENT} (that link is what confines recipients to their own grants), and repeated
 * failed sign-ins lock the account for a while. Only a password hash is ever stored.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = AppUser.FIND_BY_USERNAME,
    query = "SELECT u FROM AppUser u WHERE u.username = :username")
public class AppUser extends TimestampedEntity {

  public static final String FIND_BY_USERNAME = "AppUser.findByUsername";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotBlank(message = "{field.required}")
  @Size(max = 100, message = "{field.tooLong}")
  @Pattern(regexp = "\\S(.*\\S)?", message = "{security.user.username.untrimmed}")
  @Column(name = "username", nullable = false, updatable = false, length = 100)
  private String username;

  @NotBlank(message = "{field.required}")
  @Size(max = 200, message = "{field.tooLong}")
  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @NotBlank(message = "{field.required}")
  @Email(message = "{field.email}")
  @Size(max = 254, message = "{field.tooLong}")
  @Column(name = "email", nullable = false, length = 254)
  private String email;

  /** {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}. */
  @NotNull(message = "{field.required}")
  @Pattern(regexp = "[^$]+\\$[^$]+\\$[^$]+\\$[^$]+", message = "{security.user.passwordHash}")
  @Size(max = 255, message = "{field.tooLong}")
  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Role role;

  /**
   * The organisation of a recipient user, by id: the recipient feature sits above security, so the
   * account names its organisation without depending on it (the foreign key guards it).
   */
  @Column(name = "recipient_id")
  private Long recipientId;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @NotNull(message = "{field.required}")
  @Pattern(regexp = "en|fr", message = "{field.language}")
  @Column(name = "preferred_locale", nullable = false, length = 2)
  private String preferredLocale = "en";

  @Min(value = 0, message = "{field.notNegative}")
  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AppUser() {}

  /**
   * A user with the given role; {@code recipientId} must be set for, and only for, {@link
   * Role#RECIPIENT}.
   *
   * @throws BusinessRuleViolation {@code security.user.recipientMismatch} otherwise
   */
  public AppUser(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Role role,
      Long recipientId) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.passwordHash = passwordHash;
    changeRole(role, recipientId);
  }

  /**
   * Gives the user another role.
   *
   * @throws BusinessRuleViolation {@code security.user.recipientMismatch} if a recipient is given
   *     for a staff role or missing for {@link Role#RECIPIENT}
   */
  public void changeRole(Role role, Long recipientId) {
    if ((role == Role.RECIPIENT) != (recipientId != null)) {
      throw BusinessRuleViolation.invalid("security.user.recipientMismatch", username, role);
    }
    this.role = role;
    this.recipientId = recipientId;
  }

  /** True while a lock set by repeated failures is still in force at {@code now}. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a failed sign-in; the {@code maxFailures}-th in a row locks the account. */
  public void recordSignInFailure(Instant at, int maxFailures, Duration lockFor) {
    failedSignIns++;
    if (failedSignIns >= maxFailures) {
      lockedUntil = at.plus(lockFor);
    }
  }

  /** A successful sign-in clears the failure count and any lock. */
  public void recordSignIn(Instant at) {
    failedSignIns = 0;
    lockedUntil = null;
    lastSignInAt = at;
  }

  public void unlock() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  /** Same account: the same row, or the same object before it has one. */
  public boolean isSameUserAs(AppUser other) {
    return other != null && (this == other || (id != null && id.equals(other.id)));
  }

  /** English or French, as the user chose. */
  public Locale preferredLocale() {
    return Locale.forLanguageTag(preferredLocale);
  }

  public void setPreferredLocale(Locale locale) {
    this.preferredLocale = Bilingual.isFrench(locale) ? "fr" : "en";
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public void enable() {
    enabled = true;
  }

  public void disable() {
    enabled = false;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  /** The recipient user's organisation; null for staff. */
  public Long getRecipientId() {
    return recipientId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedSignIns() {
    return failedSignIns;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }

  public long getVersion() {
    return version;
  }
}
