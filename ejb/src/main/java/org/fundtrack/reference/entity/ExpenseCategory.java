package org.fundtrack.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.fundtrack.shared.entity.BilingualName;

/**
 * A category in which a grant budget is approved and a progress report accounts spending (e.g.
 * emergency housing, counselling), so spending can be compared with budget.
 *
 * <p>Rows are never deleted (other tables point at them); an administrator deactivates them
 * instead, and the code, once set, identifies the row for good.
 */
@Entity
@Table(name = "expense_category")
public class ExpenseCategory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotBlank(message = "{field.required}")
  @Size(max = 40, message = "{field.tooLong}")
  @Column(name = "code", nullable = false, updatable = false, length = 40)
  private String code;

  @Valid
  @NotNull(message = "{field.required}")
  @Embedded
  private BilingualName name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ExpenseCategory() {}

  public ExpenseCategory(String code, String nameEn, String nameFr) {
    this.code = code;
    this.name = new BilingualName(nameEn, nameFr);
  }

  /** The name in the user's language: French for French locales, English otherwise. */
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
