package org.fundtrack.indicator.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.fundtrack.shared.entity.BilingualName;
import org.fundtrack.shared.entity.NameLength;

/**
 * A disaggregation dimension (region, age group, gender, population group) with its bilingual name.
 * Its code is one of the {@link DimensionCode}s the application knows and never changes.
 */
@Entity
@Table(name = "dimension")
public class Dimension {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "code", nullable = false, updatable = false, length = 30)
  private DimensionCode code;

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

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Dimension() {}

  public Dimension(DimensionCode code, String nameEn, String nameFr, int sortOrder) {
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

  public Long getId() {
    return id;
  }

  public DimensionCode getCode() {
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

  public long getVersion() {
    return version;
  }
}
