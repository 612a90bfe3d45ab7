package org.fundtrack.recipient.entity;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.fundtrack.reference.entity.Region;
import org.fundtrack.shared.entity.TimestampedEntity;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * An organisation that receives transfer payments. It keeps identifying data in the canonical forms
 * the table checks: the CRA business number as its 9-digit root, the postal code as {@code A1A
 * 1A1}, the province as its two-letter code. Demo rows are flagged so they are never mistaken for
 * real organisations.
 */
@Entity
@Table(name = "recipient")
public class Recipient extends TimestampedEntity {

  private static final java.util.regex.Pattern POSTAL_CODE =
      java.util.regex.Pattern.compile("[A-Z][0-9][A-Z][0-9][A-Z][0-9]");
  private static final java.util.regex.Pattern BUSINESS_NUMBER =
      java.util.regex.Pattern.compile("([0-9]{9})([A-Z]{2}[0-9]{4})?");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotBlank(message = "{field.required}")
  @Size(max = 200, message = "{field.tooLong}")
  @Column(name = "legal_name", nullable = false, length = 200)
  private String legalName;

  @Size(max = 200, message = "{field.tooLong}")
  @Column(name = "operating_name", length = 200)
  private String operatingName;

  @Pattern(regexp = "[0-9]{9}", message = "{recipient.businessNumber.invalid}")
  @Column(name = "business_number", length = 9)
  private String businessNumber;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_type", nullable = false, length = 30)
  private RecipientType recipientType;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @Size(max = 200, message = "{field.tooLong}")
  @Column(name = "street", length = 200)
  private String street;

  @NotBlank(message = "{field.required}")
  @Size(max = 100, message = "{field.tooLong}")
  @Column(name = "city", nullable = false, length = 100)
  private String city;

  @NotNull(message = "{field.required}")
  @Pattern(
      regexp = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT",
      message = "{recipient.province.invalid}")
  @Column(name = "province", nullable = false, length = 2)
  private String province = "ON";

  @Pattern(regexp = "[A-Z][0-9][A-Z] [0-9][A-Z][0-9]", message = "{recipient.postalCode.invalid}")
  @Column(name = "postal_code", length = 7)
  private String postalCode;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "risk_rating", nullable = false, length = 10)
  private RiskRating riskRating;

  @Column(name = "demo", nullable = false, updatable = false)
  private boolean demo;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Recipient() {}

  public Recipient(
      String legalName, RecipientType recipientType, Region region, String city, RiskRating risk) {
    this.legalName = legalName;
    this.recipientType = recipientType;
    this.region = region;
    this.city = city;
    this.riskRating = risk;
  }

  /**
   * The canonical postal code for what a person typed: {@code "k1a0b1"} gives {@code "K1A 0B1"};
   * null or blank gives null.
   *
   * @throws BusinessRuleViolation {@code recipient.postalCode.invalid} if it is not a Canadian
   *     postal code
   */
  public static String normalizePostalCode(String input) {
    if (input == null || input.isBlank()) {
      return null;
    }
    String compact = input.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (!POSTAL_CODE.matcher(compact).matches()) {
      throw BusinessRuleViolation.invalid("recipient.postalCode.invalid", input);
    }
    return compact.substring(0, 3) + " " + compact.substring(3);
  }

  /**
   * The 9-digit business number root for what a person typed, with or without spaces or a program
   * account suffix ({@code "123456789 RT0001"} gives {@code "123456789"}); null or blank gives
   * null.
   *
   * @throws BusinessRuleViolation {@code recipient.businessNumber.invalid} otherwise
   */
  public static String normalizeBusinessNumber(String input) {
    if (input == null || input.isBlank()) {
      return null;
    }
    var matcher = BUSINESS_NUMBER.matcher(input.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw BusinessRuleViolation.invalid("recipient.businessNumber.invalid", input);
    }
    return matcher.group(1);
  }

  public void rename(String legalName, String operatingName) {
    this.legalName = legalName;
    this.operatingName = operatingName;
  }

  /** Changes the address, normalizing the postal code. */
  public void changeAddress(String street, String city, String province, String postalCode) {
    this.street = street;
    this.city = city;
    this.province = province == null ? null : province.strip().toUpperCase(Locale.ROOT);
    this.postalCode = normalizePostalCode(postalCode);
  }

  /** Sets the business number, normalized to its 9-digit root. */
  public void changeBusinessNumber(String businessNumber) {
    this.businessNumber = normalizeBusinessNumber(businessNumber);
  }

  public void reclassify(RecipientType recipientType) {
    this.recipientType = recipientType;
  }

  public void moveTo(Region region) {
    this.region = region;
  }

  public void rate(RiskRating riskRating) {
    this.riskRating = riskRating;
  }

  public void activate() {
    active = true;
  }

  public void deactivate() {
    active = false;
  }

  /** The name people know it by: the operating name if it has one, else the legal name. */
  public String displayName() {
    return operatingName == null || operatingName.isBlank() ? legalName : operatingName;
  }

  public Long getId() {
    return id;
  }

  public String getLegalName() {
    return legalName;
  }

  public String getOperatingName() {
    return operatingName;
  }

  public String getBusinessNumber() {
    return businessNumber;
  }

  public RecipientType getRecipientType() {
    return recipientType;
  }

  public Region getRegion() {
    return region;
  }

  public String getStreet() {
    return street;
  }

  public String getCity() {
    return city;
  }

  public String getProvince() {
    return province;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public RiskRating getRiskRating() {
    return riskRating;
  }

  public boolean isDemo() {
    return demo;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
