package org.fundtrack.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/**
 * What a status means to the person reading a list, for the status badge ({@code app:status}): its
 * words (the bundle key) and its tone, one of {@code ok} (done, in good standing), {@code info} (on
 * its way, someone has to act), {@code warn} (needs attention), {@code bad} (refused or ended
 * early) and {@code off} (not started, finished or withdrawn). The badge always shows the words and
 * a tone icon, so the colour is never the only cue.
 */
@Named
@ApplicationScoped
public class StatusBadges {

  /** Tones by kind, then by status code. Every code of every kind has one (StatusBadgesTest). */
  static final Map<String, Map<String, String>> TONES =
      Map.of(
          "GrantStatus",
          Map.of(
              "DRAFT", "off",
              "SUBMITTED", "info",
              "UNDER_REVIEW", "info",
              "APPROVED", "ok",
              "ACTIVE", "ok",
              "CLOSED", "off",
              "DECLINED", "bad",
              "WITHDRAWN", "off",
              "TERMINATED", "bad"),
          "InstalmentStatus",
          Map.of("PLANNED", "off", "RELEASED", "info", "PAID", "ok", "CANCELLED", "off"),
          "AmendmentStatus",
          Map.of("PROPOSED", "info", "APPROVED", "ok", "DECLINED", "bad"),
          "ReportStatus",
          Map.of(
              "NONE", "off",
              "DRAFT", "off",
              "SUBMITTED", "info",
              "RETURNED", "warn",
              "ACCEPTED", "ok",
              "OVERDUE", "warn"));

  static final Map<String, String> ICONS =
      Map.of(
          "ok", "pi pi-check-circle",
          "info", "pi pi-clock",
          "warn", "pi pi-exclamation-triangle",
          "bad", "pi pi-times-circle",
          "off", "pi pi-minus-circle");

  /**
   * The tone of {@code code} of {@code kind} ("GrantStatus", "ReportStatus"…); "off" if unknown.
   */
  public String tone(String kind, String code) {
    return TONES.getOrDefault(kind, Map.of()).getOrDefault(shown(code), "off");
  }

  /** The PrimeIcons classes of a tone's icon. */
  public String icon(String kind, String code) {
    return ICONS.get(tone(kind, code));
  }

  /**
   * The bundle key of the status's words: {@code enum.GrantStatus.ACTIVE}, {@code
   * report.status.ACCEPTED}.
   */
  public String key(String kind, String code) {
    String shown = shown(code);
    return "ReportStatus".equals(kind) ? "report.status." + shown : "enum." + kind + "." + shown;
  }

  /** The code, or NONE for a report not started (EL hands a missing value over as ""). */
  private static String shown(String code) {
    return code == null || code.isBlank() ? "NONE" : code;
  }
}
