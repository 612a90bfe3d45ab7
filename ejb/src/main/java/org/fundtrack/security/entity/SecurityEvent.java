package org.fundtrack.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One line of the append-only sign-in log, kept apart from the business audit trail. The username
 * is stored as typed, so failures for unknown accounts are recorded too; throttling counts recent
 * failures per username and per address from these rows. Nothing is ever updated.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @NotNull(message = "{field.required}")
  @Size(max = 100, message = "{field.tooLong}")
  @Column(name = "username", nullable = false, updatable = false, length = 100)
  private String username;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", updatable = false)
  private AppUser user;

  @Size(max = 45, message = "{field.tooLong}")
  @Column(name = "client_address", updatable = false, length = 45)
  private String clientAddress;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, updatable = false, length = 30)
  private SecurityEventType eventType;

  @Size(max = 500, message = "{field.tooLong}")
  @Column(name = "detail", updatable = false, length = 500)
  private String detail;

  protected SecurityEvent() {}

  /**
   * An event for {@code username} as typed; {@code user} is null when no such account exists.
   * Over-long usernames and details are cut to the column sizes rather than lost.
   */
  public SecurityEvent(
      Instant occurredAt,
      String username,
      AppUser user,
      String clientAddress,
      SecurityEventType eventType,
      String detail) {
    this.occurredAt = occurredAt;
    this.username = cut(username, 100);
    this.user = user;
    this.clientAddress = clientAddress;
    this.eventType = eventType;
    this.detail = cut(detail, 500);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUsername() {
    return username;
  }

  public AppUser getUser() {
    return user;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public SecurityEventType getEventType() {
    return eventType;
  }

  public String getDetail() {
    return detail;
  }
}
