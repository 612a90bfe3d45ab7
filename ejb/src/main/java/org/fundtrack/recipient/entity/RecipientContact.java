package org.fundtrack.recipient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fundtrack.shared.entity.TimestampedEntity;

/**
 * A person at a recipient organisation the ministry deals with. Contacts who have signing authority
 * may sign agreements and amendments on the recipient's behalf; contacts are deactivated, never
 * deleted, so past signatures keep their signer.
 */
@Entity
@Table(name = "recipient_contact")
public class RecipientContact extends TimestampedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
  private Recipient recipient;

  @NotBlank(message = "{field.required}")
  @Size(max = 200, message = "{field.tooLong}")
  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Size(max = 200, message = "{field.tooLong}")
  @Column(name = "title", length = 200)
  private String title;

  @NotBlank(message = "{field.required}")
  @Email(message = "{field.email}")
  @Size(max = 254, message = "{field.tooLong}")
  @Column(name = "email", nullable = false, length = 254)
  private String email;

  @Size(max = 30, message = "{field.tooLong}")
  @Column(name = "phone", length = 30)
  private String phone;

  @Column(name = "signing_authority", nullable = false)
  private boolean signingAuthority;

  @Column(name = "primary_contact", nullable = false)
  private boolean primaryContact;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RecipientContact() {}

  public RecipientContact(Recipient recipient, String fullName, String email) {
    this.recipient = recipient;
    this.fullName = fullName;
    this.email = email;
  }

  public void activate() {
    active = true;
  }

  public void deactivate() {
    active = false;
  }

  public Long getId() {
    return id;
  }

  public Recipient getRecipient() {
    return recipient;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean hasSigningAuthority() {
    return signingAuthority;
  }

  public void setSigningAuthority(boolean signingAuthority) {
    this.signingAuthority = signingAuthority;
  }

  public boolean isPrimaryContact() {
    return primaryContact;
  }

  public void setPrimaryContact(boolean primaryContact) {
    this.primaryContact = primaryContact;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
