package org.fundtrack.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fundtrack.audit.control.AuditFields;
import org.fundtrack.audit.control.AuditFields.Kind;
import org.fundtrack.grant.entity.AmendmentStatus;
import org.fundtrack.grant.entity.AmendmentType;
import org.fundtrack.grant.entity.DataOwnership;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.InstalmentStatus;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.reporting.entity.ReportStatus;
import org.junit.jupiter.api.Test;

/**
 * The audit trail reads as plain English and French: each entry's parts in words, and words for
 * every action, record type, column and status the code records (found in the sources, so a new one
 * without words fails here rather than showing a code to an auditor).
 */
class AuditWordsTest {

  private static final Locale EN = Locale.forLanguageTag("en-CA");
  private static final Locale FR = Locale.forLanguageTag("fr-CA");
  private static final Instant AT = Instant.parse("2026-11-11T20:39:00Z");

  private static final Pattern ACTION =
      Pattern.compile("audit\\.record\\(\\s*[\\w.()]+,\\s*\"([A-Z_]+)\"");
  private static final Pattern MOVE =
      Pattern.compile("move\\(\\s*caller,\\s*grantId,\\s*\"([A-Z_]+)\"");
  private static final Pattern TYPE = Pattern.compile("AuditedState\\.of\\(\"(\\w+)\"");
  private static final Pattern FIELD = Pattern.compile("\\.field\\(\\s*\"(\\w+)\"");

  @Test
  void statusChange_readsAsFromWhatToWhat_inBothLanguages() {
    AuditEntryView entry = entry("PaymentInstalment", "2", "status", Kind.CODE, "PLANNED", "PAID");

    assertThat(new AuditWords(EN).change(entry)).isEqualTo("Status changed from Planned to Paid");
    assertThat(new AuditWords(FR).change(entry)).isEqualTo("Statut\u00a0: Payé (auparavant Prévu)");
    assertThat(new AuditWords(EN).record(entry.subject())).isEqualTo("Instalment 2");
    assertThat(new AuditWords(FR).recordOfGrant(entry.subject()))
        .isEqualTo("AHT-2024-0001 — Versement 2");
  }

  @Test
  void valuesAreFormatted_moneyDatesInstantsPercentsAndFlags() {
    AuditWords en = new AuditWords(EN);
    AuditWords fr = new AuditWords(FR);

    assertThat(
            en.change(
                entry("GrantAgreement", "AHT-1", "total_amount", Kind.MONEY, null, "150000.00")))
        .isEqualTo("Total set to $150,000.00");
    assertThat(
            fr.change(
                entry("GrantAgreement", "AHT-1", "total_amount", Kind.MONEY, null, "150000.00")))
        .isEqualTo("Total\u00a0: 150\u00a0000,00\u00a0$");
    assertThat(
            en.change(
                entry("PaymentInstalment", "1", "due_date", Kind.DATE, "2024-04-01", "2024-05-01")))
        .isEqualTo("Due date changed from April 1, 2024 to May 1, 2024");
    assertThat(
            fr.change(entry("PaymentInstalment", "1", "due_date", Kind.DATE, null, "2024-04-01")))
        .isEqualTo("Échéance\u00a0: 1er avril 2024");
    assertThat(fr.when(AT)).isEqualTo("11 novembre 2026 à 15 h 39");
    assertThat(en.when(AT)).isEqualTo("November 11, 2026, 15:39");
    assertThat(
            en.change(
                entry("GrantAgreement", "AHT-1", "holdback_percent", Kind.PERCENT, null, "12.50")))
        .isEqualTo("Holdback set to 12.5%");
    assertThat(en.change(entry("PaymentInstalment", "7", "holdback", Kind.YES_NO, null, "true")))
        .isEqualTo("Holdback instalment set to Yes");
    assertThat(en.change(entry("Amendment", "1", "decision_comment", Kind.TEXT, "Fine", null)))
        .isEqualTo("Decision comment cleared (was \u201cFine\u201d)");
  }

  @Test
  void referencesShowTheNamesLookedUp_andSayWhenTheRowIsGone() {
    AuditWords en = new AuditWords(EN);
    AuditEntryView line =
        new AuditEntryView(
            1,
            AT,
            "officer",
            "Olivia Grant",
            "CREATE",
            new AuditSubject("PaymentInstalment", "3", "3", "AHT-2024-0001", true),
            "budget_line_id",
            AuditValue.plain(Kind.BUDGET_LINE, null),
            new AuditValue(
                Kind.BUDGET_LINE, "17", "Community Supports Fund 2024-25", "Fonds 2024-2025", true),
            null,
            "ab");
    AuditEntryView gone =
        new AuditEntryView(
            2,
            AT,
            "officer",
            "Olivia Grant",
            "REVISE",
            new AuditSubject("PaymentInstalment", null, null, null, false),
            "instalment_id",
            new AuditValue(Kind.INSTALMENT, "141", null, null, false),
            AuditValue.plain(Kind.INSTALMENT, null),
            null,
            "cd");

    assertThat(en.change(line)).isEqualTo("Budget line set to Community Supports Fund 2024-25");
    assertThat(en.action(line.action())).isEqualTo("Created");
    assertThat(en.record(gone.subject())).isEqualTo("Payment instalment (no longer exists)");
    assertThat(en.change(gone))
        .isEqualTo("Instalment cleared (was An instalment (no longer exists))");
    assertThat(en.change(gone)).doesNotContain("141");
  }

  @Test
  void everyActionRecordTypeAndColumnTheCodeRecords_hasWordsInBothLanguages() throws IOException {
    Set<String> actions = new TreeSet<>();
    Set<String> types = new TreeSet<>();
    Set<String> columns = new TreeSet<>(AuditFields.columns());
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        collect(ACTION, source, actions);
        collect(MOVE, source, actions);
        collect(TYPE, source, types);
        collect(FIELD, source, columns);
      }
    }
    assertThat(actions).contains("CREATE", "PAY", "ACCEPT_REPORT", "START_REVIEW");
    assertThat(types).contains("GrantAgreement", "PaymentInstalment", "ReportAttachment");
    for (String bundle : List.of("words.properties", "words_fr.properties")) {
      Properties words = load(bundle);
      actions.forEach(a -> assertThat(words).as(bundle).containsKey("action." + a));
      types.forEach(t -> assertThat(words).as(bundle).containsKey("type." + t));
      types.forEach(t -> assertThat(words).as(bundle).containsKey("subject." + t));
      columns.forEach(c -> assertThat(words).as(bundle).containsKey("field." + c));
    }
  }

  @Test
  void everyStatusAndChoiceThatIsRecorded_hasWordsInBothLanguages() throws IOException {
    for (String bundle : List.of("words.properties", "words_fr.properties")) {
      Properties words = load(bundle);
      codes(words, bundle, "value.GrantAgreement.status.", GrantStatus.values());
      codes(words, bundle, "value.PaymentInstalment.status.", InstalmentStatus.values());
      codes(words, bundle, "value.Amendment.status.", AmendmentStatus.values());
      codes(words, bundle, "value.ProgressReport.status.", ReportStatus.values());
      codes(words, bundle, "value.instrument_type.", InstrumentType.values());
      codes(words, bundle, "value.reporting_frequency.", ReportingFrequency.values());
      codes(words, bundle, "value.data_ownership.", DataOwnership.values());
      codes(words, bundle, "value.amendment_type.", AmendmentType.values());
    }
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertThat(load("words_fr.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(load("words.properties").keySet());
  }

  private static void codes(Properties words, String bundle, String prefix, Enum<?>[] values) {
    for (Enum<?> value : values) {
      assertThat(words).as(bundle).containsKey(prefix + value.name());
    }
  }

  private static void collect(Pattern pattern, String source, Set<String> into) {
    Matcher m = pattern.matcher(source);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private static AuditEntryView entry(
      String type, String label, String field, Kind kind, String before, String after) {
    return new AuditEntryView(
        1,
        AT,
        "officer",
        "Olivia Grant",
        "PAY",
        new AuditSubject(type, label, label, "AHT-2024-0001", true),
        field,
        AuditValue.plain(kind, before),
        AuditValue.plain(kind, after),
        null,
        "ab");
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = AuditWords.class.getResourceAsStream(name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
