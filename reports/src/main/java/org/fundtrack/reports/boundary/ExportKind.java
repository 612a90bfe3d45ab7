package org.fundtrack.reports.boundary;

/**
 * The documents FundTrack produces, with their file extension and media type. Recipients may
 * produce only documents about their own grants ({@link #GRANT_AGREEMENT}, a grant's {@link
 * #SCORECARD}, their {@link #PROGRESS_REPORT}s); the rest list many organisations and are for
 * ministry staff.
 */
public enum ExportKind {
  FUND_SUMMARY("fund-summary", "pdf", false, false),
  GRANT_AGREEMENT("grant-agreement", "pdf", true, true),
  GRANTS_REGISTER("grants-register", "xlsx", false, false),
  PAYMENTS_LEDGER("payments-ledger", "xlsx", false, false),
  BUDGET_ACTUAL("budget-against-actual", "xlsx", false, false),
  AUDIT_TRAIL("audit-trail", "xlsx", false, false),
  EVIDENCE_PACK("evidence-pack", "xlsx", true, false),
  SCORECARD("scorecard", "pdf", false, true),
  INDICATOR_RESULTS("indicator-results", "xlsx", false, false),
  PROGRESS_REPORT("progress-report", "pdf", false, true);

  public static final String PDF = "application/pdf";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String slug;
  private final String extension;
  private final boolean perGrant;
  private final boolean forRecipients;

  ExportKind(String slug, String extension, boolean perGrant, boolean forRecipients) {
    this.slug = slug;
    this.extension = extension;
    this.perGrant = perGrant;
    this.forRecipients = forRecipients;
  }

  /** The kind named {@code slug} in a URL, such as {@code payments-ledger}. */
  public static java.util.Optional<ExportKind> bySlug(String slug) {
    for (ExportKind kind : values()) {
      if (kind.slug.equals(slug)) {
        return java.util.Optional.of(kind);
      }
    }
    return java.util.Optional.empty();
  }

  public String slug() {
    return slug;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return "pdf".equals(extension) ? PDF : XLSX;
  }

  /** Whether it is about one grant (and needs its id). */
  public boolean perGrant() {
    return perGrant;
  }

  /** Whether a recipient may produce it (for its own grants). */
  public boolean forRecipients() {
    return forRecipients;
  }
}
