package org.fundtrack.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * The required English and French name of a bilingual record (French Language Services Act), as the
 * {@code name_en}/{@code name_fr} columns every such table has. An immutable value: a rename
 * replaces it whole.
 *
 * <p>Both names are required and at most {@link #MAX_LENGTH} characters, the widest name column. A
 * table whose name columns are narrower overrides the columns ({@code @AttributeOverride}) and
 * states its own limit with {@link NameLength} on the embedded field, so validation refuses what
 * the column could not hold, with the column's limit in the message. Bean Validation has no way to
 * narrow a constraint of an embeddable from the embedding side, hence the second constraint rather
 * than a parameter; a name over both limits is refused by both, each saying its own limit.
 */
@Embeddable
public class BilingualName implements Serializable {

  /** The widest name column ({@code VARCHAR(200)}). */
  public static final int MAX_LENGTH = 200;

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{field.required}")
  @Size(max = MAX_LENGTH, message = "{field.tooLong}")
  @Column(name = "name_en", nullable = false, length = MAX_LENGTH)
  private String en;

  @NotBlank(message = "{field.required}")
  @Size(max = MAX_LENGTH, message = "{field.tooLong}")
  @Column(name = "name_fr", nullable = false, length = MAX_LENGTH)
  private String fr;

  protected BilingualName() {}

  public BilingualName(String en, String fr) {
    this.en = en;
    this.fr = fr;
  }

  /** The name in the user's language: French for French locales, English otherwise. */
  public String in(Locale locale) {
    return Bilingual.pick(locale, en, fr);
  }

  public String en() {
    return en;
  }

  public String fr() {
    return fr;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BilingualName that
        && Objects.equals(en, that.en)
        && Objects.equals(fr, that.fr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(en, fr);
  }

  @Override
  public String toString() {
    return en + " / " + fr;
  }
}
