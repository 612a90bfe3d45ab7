package org.fundtrack.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.fundtrack.shared.entity.Bilingual;
import org.fundtrack.shared.entity.ColumnLimits;

/**
 * What an agreement says in words, in English and French: its title, description and expected
 * results. Replaced as a whole while the grant is still editable; the title is required in both
 * languages (French Language Services Act).
 */
@Embeddable
public class GrantText {

  @NotBlank(message = "{field.required}")
  @Size(max = 300, message = "{field.tooLong}")
  @Column(name = "title_en", nullable = false, length = 300)
  private String titleEn;

  @NotBlank(message = "{field.required}")
  @Size(max = 300, message = "{field.tooLong}")
  @Column(name = "title_fr", nullable = false, length = 300)
  private String titleFr;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "description_en")
  private String descriptionEn;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "description_fr")
  private String descriptionFr;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "expected_results_en")
  private String expectedResultsEn;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "expected_results_fr")
  private String expectedResultsFr;

  protected GrantText() {}

  public GrantText(String titleEn, String titleFr) {
    this(titleEn, titleFr, null, null, null, null);
  }

  public GrantText(
      String titleEn,
      String titleFr,
      String descriptionEn,
      String descriptionFr,
      String expectedResultsEn,
      String expectedResultsFr) {
    this.titleEn = titleEn;
    this.titleFr = titleFr;
    this.descriptionEn = descriptionEn;
    this.descriptionFr = descriptionFr;
    this.expectedResultsEn = expectedResultsEn;
    this.expectedResultsFr = expectedResultsFr;
  }

  public String title(Locale locale) {
    return Bilingual.pick(locale, titleEn, titleFr);
  }

  public String description(Locale locale) {
    return Bilingual.pick(locale, descriptionEn, descriptionFr);
  }

  public String expectedResults(Locale locale) {
    return Bilingual.pick(locale, expectedResultsEn, expectedResultsFr);
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public String getDescriptionFr() {
    return descriptionFr;
  }

  public String getExpectedResultsEn() {
    return expectedResultsEn;
  }

  public String getExpectedResultsFr() {
    return expectedResultsFr;
  }
}
