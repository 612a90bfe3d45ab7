package org.fundtrack.web.admin;

import java.io.Serializable;
import org.fundtrack.administration.boundary.NewUser;
import org.fundtrack.administration.boundary.UserChanges;
import org.fundtrack.administration.boundary.UserRow;
import org.fundtrack.security.entity.Role;

/**
 * What the create/edit dialog collects, as the inputs bind to it. The rules live on {@link NewUser}
 * and {@link UserChanges}; this only carries the values there.
 */
public class UserForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private String username;
  private String displayName;
  private String email;
  private Role role;
  private Long recipientId;
  private String password;

  /** An empty form for a new user. */
  public static UserForm blank() {
    return new UserForm();
  }

  /** A form holding an existing user's details. */
  public static UserForm of(UserRow row) {
    UserForm form = new UserForm();
    form.id = row.id();
    form.username = row.username();
    form.displayName = row.displayName();
    form.email = row.email();
    form.role = row.role();
    form.recipientId = row.recipientId();
    return form;
  }

  public NewUser toNewUser() {
    return new NewUser(username, displayName, email, role, recipientIdForRole(), password);
  }

  public UserChanges toChanges() {
    return new UserChanges(displayName, email, role, recipientIdForRole());
  }

  /** The organisation only for a recipient user: switching role away drops it. */
  private Long recipientIdForRole() {
    return role == Role.RECIPIENT ? recipientId : null;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isRecipientRole() {
    return role == Role.RECIPIENT;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
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

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Long getRecipientId() {
    return recipientId;
  }

  public void setRecipientId(Long recipientId) {
    this.recipientId = recipientId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
