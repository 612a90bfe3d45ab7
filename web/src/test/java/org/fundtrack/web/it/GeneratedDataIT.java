package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fundtrack.db.generate.DataGenerator;
import org.fundtrack.db.generate.GeneratedCounts;
import org.fundtrack.db.generate.InvariantChecks;
import org.fundtrack.db.generate.Tier;
import org.fundtrack.web.it.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The data generator's tier S in a scratch database: every money and workflow invariant holds, the
 * application (on a Payara of its own over that database) verifies the generated audit chain entry
 * by entry, recipients see their own slice, and the same seed gives the same rows.
 */
class GeneratedDataIT {

  private static final long SEED = 7;

  private static String database;
  private static GeneratedCounts counts;
  private static PayaraProcess server;
  private static ApiClient api;

  @BeforeAll
  static void generateTierSAndStartTheApplicationOnIt() throws Exception {
    database = TestDatabase.createScratchDatabase("generated");
    counts = new DataGenerator(dataSource(database)).generate(Tier.S, SEED);
    server =
        PayaraProcess.start(
            "generated",
            Map.of(
                "FUNDTRACK_DB_URL",
                TestDatabase.serverUrl() + database,
                "FUNDTRACK_DEMO",
                "false"));
    if (!server.awaitReadiness(200, Duration.ofMinutes(5))) {
      throw new IllegalStateException("Payara did not become ready; see " + server.log());
    }
    api = new ApiClient(server.base());
  }

  @AfterAll
  static void stopAndDrop() throws Exception {
    if (server != null) {
      server.close();
    }
    TestDatabase.dropScratchDatabase(database);
  }

  @Test
  void tierS_fillsEveryTableTheBenchmarksRead() {
    assertThat(counts.rows().get("grant_agreement")).isGreaterThan(Tier.S.grants());
    assertThat(counts.rows().get("recipient")).isEqualTo(Tier.S.recipients());
    for (String table :
        new String[] {"payment", "progress_report", "indicator_result", "audit_entry"}) {
      assertThat(counts.rows().get(table)).as(table).isGreaterThan(Tier.S.grants());
    }
  }

  @Test
  void generatedData_keepsEveryInvariant() throws SQLException {
    try (Connection c = connect(database)) {
      Map<String, Long> broken = InvariantChecks.run(c);
      assertThat(broken).isNotEmpty();
      assertThat(broken).allSatisfy((check, rows) -> assertThat(rows).as(check).isZero());
    }
  }

  @Test
  void auditVerification_walksTheWholeGeneratedChainIntact() throws Exception {
    Answer verified = api.get("auditor", "audit/verification");

    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.object()).containsEntry("intact", true);
    assertThat((BigDecimal) verified.object().get("entriesChecked"))
        .isEqualByComparingTo(BigDecimal.valueOf(counts.rows().get("audit_entry")));
  }

  @Test
  void recipients_seeTheirOwnSliceOfTheGeneratedGrants() throws Exception {
    for (String user : new String[] {"recipient1", "recipient3"}) {
      long own =
          number(
              "SELECT COUNT(*) FROM grant_agreement g JOIN app_user u"
                  + " ON u.recipient_id = g.recipient_id WHERE u.username = '"
                  + user
                  + "'");
      Answer list = api.get(user, "grants?size=5");

      assertThat(list.status()).as(list.toString()).isEqualTo(200);
      assertThat((BigDecimal) list.object().get("total"))
          .as(user)
          .isEqualByComparingTo(BigDecimal.valueOf(own));
      assertThat(own).as(user + " has grants").isPositive();
    }
  }

  @Test
  void theSameSeed_generatesTheSameRows() throws Exception {
    String again = TestDatabase.createScratchDatabase("generated");
    try {
      new DataGenerator(dataSource(again)).generate(Tier.S, SEED);
      assertThat(fingerprints(again)).isEqualTo(fingerprints(database));
    } finally {
      TestDatabase.dropScratchDatabase(again);
    }
  }

  /** A checksum over the generated content of the main tables, ids included. */
  private static Map<String, Long> fingerprints(String name) throws SQLException {
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put(
        "grants",
        "SELECT SUM(CRC32(CONCAT_WS('|', id, reference_number, recipient_id, fund_id, title_fr,"
            + " status, total_amount, start_date, end_date))) FROM grant_agreement");
    queries.put(
        "payments",
        "SELECT SUM(CRC32(CONCAT_WS('|', id, instalment_id, amount, paid_on))) FROM payment");
    queries.put(
        "results",
        "SELECT SUM(CRC32(CONCAT_WS('|', id, progress_report_id, dimension_key, numeric_value)))"
            + " FROM indicator_result");
    queries.put("audit", "SELECT SUM(CRC32(entry_hash)) FROM audit_entry");
    Map<String, Long> sums = new LinkedHashMap<>();
    try (Connection c = connect(name);
        Statement s = c.createStatement()) {
      for (Map.Entry<String, String> query : queries.entrySet()) {
        try (ResultSet r = s.executeQuery(query.getValue())) {
          r.next();
          sums.put(query.getKey(), r.getLong(1));
        }
      }
    }
    return sums;
  }

  private static long number(String sql) throws SQLException {
    try (Connection c = connect(database);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Connection connect(String name) throws SQLException {
    return DriverManager.getConnection(
        TestDatabase.serverUrl() + name, TestDatabase.user(), TestDatabase.password());
  }

  private static MariaDbDataSource dataSource(String name) throws SQLException {
    MariaDbDataSource source = new MariaDbDataSource(TestDatabase.serverUrl() + name);
    source.setUser(TestDatabase.user());
    source.setPassword(TestDatabase.password());
    return source;
  }
}
