package org.fundtrack.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fundtrack.administration.boundary.NewUser;
import org.fundtrack.administration.boundary.RecipientOption;
import org.fundtrack.administration.boundary.UserAdminService;
import org.fundtrack.administration.boundary.UserRow;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.time.BusinessClock;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.shared.FormErrors;
import org.fundtrack.web.shared.PageMessages;
import org.primefaces.model.LazyDataModel;

/**
 * Backs the user administration page: a lazy list paged, sorted and filtered by the service, a
 * create/edit dialog, disable/enable and password reset. Errors go to the field they concern.
 */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> USER_FIELDS =
      Map.of(
          "username", "userForm:username",
          "displayName", "userForm:displayName",
          "email", "userForm:email",
          "role", "userForm:role",
          "recipientId", "userForm:recipient",
          "initialPassword", "userForm:password");
  private static final Map<String, String> RULE_FIELDS =
      Map.of(
          "security.user.usernameTaken", "userForm:username",
          "security.user.recipientMismatch", "userForm:recipient",
          "security.user.recipientUnknown", "userForm:recipient",
          "security.user.cannotChangeOwnRole", "userForm:role");

  @EJB private UserAdminService service;
  @Inject private LocaleSelection localeSelection;
  @Inject private FormErrors formErrors;

  private final UserLazyModel users = new UserLazyModel(this);
  private String filterText;
  private Role filterRole;
  private UserForm form = UserForm.blank();
  private List<RecipientOption> recipientOptions;
  private UserRow resetting;
  private String newPassword;

  /** Opens the dialog empty, for a new user. */
  public void startCreate() {
    form = UserForm.blank();
  }

  /** Opens the dialog on an existing user. */
  public void startEdit(UserRow row) {
    form = UserForm.of(row);
  }

  /** Creates or changes the user in the dialog; on an error the dialog stays open. */
  public void save() {
    try {
      if (form.isNew()) {
        NewUser user = form.toNewUser();
        if (formErrors.check(user, USER_FIELDS, locale())) {
          service.create(user);
          info("admin.users.created", user.username());
        }
      } else if (formErrors.check(form.toChanges(), USER_FIELDS, locale())) {
        service.update(form.getId(), form.toChanges());
        info("admin.users.saved", form.getUsername());
      }
    } catch (BusinessRuleViolation broken) {
      formErrors.reject(RULE_FIELDS.get(broken.getMessageKey()), broken.message(locale()));
    }
  }

  public void disable(UserRow row) {
    try {
      service.disable(row.id());
      info("admin.users.disabled", row.username());
    } catch (BusinessRuleViolation broken) {
      formErrors.reject(null, broken.message(locale()));
    }
  }

  public void enable(UserRow row) {
    service.enable(row.id());
    info("admin.users.enabled", row.username());
  }

  /** Opens the reset dialog for one user. */
  public void startReset(UserRow row) {
    resetting = row;
    newPassword = null;
  }

  public void resetPassword() {
    if (resetting != null
        && formErrors.checkValue(
            NewUser.class, "initialPassword", newPassword, "resetForm:newPassword", locale())) {
      service.resetPassword(resetting.id(), newPassword);
      info("admin.users.passwordReset", resetting.username());
      newPassword = null;
    }
  }

  /** The last sign-in in Ontario time and the page's language; empty when never. */
  public String lastSignIn(UserRow row) {
    Instant at = row.lastSignInAt();
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .format(at.atZone(BusinessClock.ONTARIO));
  }

  public boolean locked(UserRow row) {
    return row.isLockedAt(BusinessClock.now());
  }

  public List<RecipientOption> getRecipientOptions() {
    if (recipientOptions == null) {
      recipientOptions = service.recipientOptions();
    }
    return recipientOptions;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  UserAdminService service() {
    return service;
  }

  private Locale locale() {
    return localeSelection.getLocale();
  }

  private void info(String key, Object... args) {
    PageMessages.infoNow(locale(), key, args);
  }

  public LazyDataModel<UserRow> getUsers() {
    return users;
  }

  public String getFilterText() {
    return filterText;
  }

  public void setFilterText(String filterText) {
    this.filterText = filterText;
  }

  public Role getFilterRole() {
    return filterRole;
  }

  public void setFilterRole(Role filterRole) {
    this.filterRole = filterRole;
  }

  public UserForm getForm() {
    return form;
  }

  public UserRow getResetting() {
    return resetting;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
