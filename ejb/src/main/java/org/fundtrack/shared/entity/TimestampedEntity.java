package org.fundtrack.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import org.fundtrack.shared.time.BusinessClock;

/**
 * The {@code created_at} / {@code updated_at} pair that editable tables carry. The database
 * defaults only fill them on insert, so the entity stamps both itself: created once, updated on
 * every change, in UTC to the microsecond the {@code DATETIME(6)} columns keep.
 */
@MappedSuperclass
public abstract class TimestampedEntity {

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @PrePersist
  void stampCreated() {
    Instant now = now();
    createdAt = now;
    updatedAt = now;
  }

  @PreUpdate
  void stampUpdated() {
    updatedAt = now();
  }

  private static Instant now() {
    return BusinessClock.now();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
