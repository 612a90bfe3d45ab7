package org.fundtrack.indicator.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.fundtrack.shared.entity.BilingualName;
import org.fundtrack.shared.entity.NameLength;

/**
 * One value of a dimension (e.g. age group "18 to 24"). Values are deactivated rather than deleted,
 * because targets and results recorded against them must keep their meaning.
 */
@Entity
@Table(name = "dimension_value")
public class DimensionValue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dimension_id", nullable = false, updatable = false)
  private Dimension dimension;

  @NotBlank(message = "{field.required}")
  @Size(max = 30, message = "{field.tooLong}")
  @Column(name = "code", nullable = false, updatable = false, length = 30)
  private String code;

  @Valid
  @NotNull(message = "{field.required}")
  @NameLength(max = 100)
  @Embedded
  @AttributeOverride(
      name = "en",
      column = @Column(name = "name_en", nullable = false, length = 100))
  @AttributeOverride(
      name = "fr",
      column = @Column(name = "name_fr", nullable = false, length = 100))
  private BilingualName name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected DimensionValue() {}

  public DimensionValue(
      Dimension dimension, String code, String nameEn, String nameFr, int sortOrder) {
    this.dimension = dimension;
    this.code = code;
    this.name = new BilingualName(nameEn, nameFr);
    this.sortOrder = sortOrder;
  }

  public String name(Locale locale) {
    return name.in(locale);
  }

  public void rename(String nameEn, String nameFr) {
    this.name = new BilingualName(nameEn, nameFr);
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

  public Dimension getDimension() {
    return dimension;
  }

  public String getCode() {
    return code;
  }

  public BilingualName getName() {
    return name;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
