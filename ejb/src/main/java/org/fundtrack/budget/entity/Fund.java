package org.fundtrack.budget.entity;

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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import org.fundtrack.reference.entity.Ministry;
import org.fundtrack.shared.entity.Bilingual;
import org.fundtrack.shared.entity.BilingualName;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.entity.TimestampedEntity;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * A fund or program of one ministry within a program area (e.g. the Anti-Human Trafficking
 * Community Supports Fund, $7,000,000 a year). Its published annual amount is exact. A grouped fund
 * is one published line covering several programs that were not broken down; it must then name
 * those programs in both languages, and only then.
 */
@Entity
@Table(name = "fund")
public class Fund extends TimestampedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_area_id", nullable = false)
  private ProgramArea programArea;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ministry_id", nullable = false)
  private Ministry ministry;

  @NotBlank(message = "{field.required}")
  @Size(max = 20, message = "{field.tooLong}")
  @Column(name = "code", nullable = false, updatable = false, length = 20)
  private String code;

  @Valid
  @NotNull(message = "{field.required}")
  @Embedded
  private BilingualName name;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "description_en")
  private String descriptionEn;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "description_fr")
  private String descriptionFr;

  @DecimalMin(value = "0.00", message = "{money.notNegative}")
  @MoneyAmount
  @Column(name = "annual_amount", precision = 19, scale = 2)
  private BigDecimal annualAmount;

  @Column(name = "grouped", nullable = false)
  private boolean grouped;

  @Size(max = 1000, message = "{field.tooLong}")
  @Column(name = "group_note_en", length = 1000)
  private String groupNoteEn;

  @Size(max = 1000, message = "{field.tooLong}")
  @Column(name = "group_note_fr", length = 1000)
  private String groupNoteFr;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Fund() {}

  public Fund(
      ProgramArea programArea, Ministry ministry, String code, String nameEn, String nameFr) {
    this.programArea = programArea;
    this.ministry = ministry;
    this.code = code;
    this.name = new BilingualName(nameEn, nameFr);
  }

  public String name(Locale locale) {
    return name.in(locale);
  }

  public String description(Locale locale) {
    return Bilingual.pick(locale, descriptionEn, descriptionFr);
  }

  /** The programs a grouped fund covers, or null for an ordinary fund. */
  public String groupNote(Locale locale) {
    return Bilingual.pick(locale, groupNoteEn, groupNoteFr);
  }

  /**
   * Marks the fund as one published line for several programs, naming them.
   *
   * @throws BusinessRuleViolation {@code budget.fund.groupNoteRequired} unless both notes are given
   */
  public void group(String noteEn, String noteFr) {
    if (isBlank(noteEn) || isBlank(noteFr)) {
      throw BusinessRuleViolation.invalid("budget.fund.groupNoteRequired", code);
    }
    grouped = true;
    groupNoteEn = noteEn;
    groupNoteFr = noteFr;
  }

  public void ungroup() {
    grouped = false;
    groupNoteEn = null;
    groupNoteFr = null;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  public void rename(String nameEn, String nameFr) {
    this.name = new BilingualName(nameEn, nameFr);
  }

  public void describe(String descriptionEn, String descriptionFr) {
    this.descriptionEn = descriptionEn;
    this.descriptionFr = descriptionFr;
  }

  public void moveTo(ProgramArea programArea) {
    this.programArea = programArea;
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

  public ProgramArea getProgramArea() {
    return programArea;
  }

  public Ministry getMinistry() {
    return ministry;
  }

  public String getCode() {
    return code;
  }

  public BilingualName getName() {
    return name;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public String getDescriptionFr() {
    return descriptionFr;
  }

  public BigDecimal getAnnualAmount() {
    return annualAmount;
  }

  /** The published planned amount per year, exact; null when none was published. */
  public void setAnnualAmount(BigDecimal annualAmount) {
    this.annualAmount = annualAmount;
  }

  public boolean isGrouped() {
    return grouped;
  }

  public String getGroupNoteEn() {
    return groupNoteEn;
  }

  public String getGroupNoteFr() {
    return groupNoteFr;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
