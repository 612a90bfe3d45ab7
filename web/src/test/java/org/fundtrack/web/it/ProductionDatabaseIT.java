package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.fundtrack.db.DatabaseMigrator;
import org.fundtrack.db.InDoubtTransactions;
import org.fundtrack.db.WriteProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FundTrack's database layer on a server set up as in production: a MariaDB of the test's own with
 * binary logging on, and an account with exactly the README's grants (no SUPER). Migrations run
 * from empty, refuse up front when the server would refuse the audit triggers, and run again after
 * a failure part-way; in-doubt transactions left by a crash are resolved by the documented rule,
 * and the write probe sees the lock they hold.
 */
class ProductionDatabaseIT {

  private static final String USER = "fundtrack";
  private static final String PASSWORD = "fundtrack-test";

  private static OwnMariaDb server;
  private static int databases;

  private String database;
  private DataSource dataSource;

  @BeforeAll
  static void startServer() throws Exception {
    server = OwnMariaDb.start("production");
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @BeforeEach
  void freshDatabase() throws Exception {
    database = "fundtrack_prod" + ++databases;
    server.createDatabase(database, USER, PASSWORD);
    dataSource = server.dataSource(database, USER, PASSWORD);
    trustFunctionCreators(true);
  }

  @Test
  void migrationsFromEmpty_runWithBinaryLoggingForAnAccountWithoutSuper() throws Exception {
    assertThat(query("SELECT @@log_bin")).containsExactly("1");
    assertThat(
            query(
                "SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES"
                    + " WHERE PRIVILEGE_TYPE = 'SUPER'"))
        .containsExactly("0");

    var summary = migrator().migrate(false);

    assertThat(summary.schemaVersion()).isEqualTo(migrator().latestSchemaVersion());
    assertThat(
            query(
                "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS"
                    + " WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY 1"))
        .containsExactly("trg_audit_entry_no_delete", "trg_audit_entry_no_update");
    assertThat(query("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"))
        .containsExactly("0");
    assertThat(migrator().migrate(false).schemaMigrations()).isZero();
  }

  @Test
  void withoutTrustedFunctionCreators_migrationIsRefusedUpFront_thenGoesOnOnceSet()
      throws Exception {
    trustFunctionCreators(false);

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> migrator().migrate(false));

    assertThat(refused.getMessage())
        .contains("V008__create_audit_schema.sql", "log_bin_trust_function_creators", USER);
    assertThat(
            query(
                "SELECT COUNT(*) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE()"))
        .containsExactly("0");
    trustFunctionCreators(true);
    assertThat(migrator().migrate(false).schemaVersion())
        .isEqualTo(migrator().latestSchemaVersion());
  }

  @Test
  void aMigrationThatFailedPartWay_runsAgainFromItsFirstStatement() throws Exception {
    migrator().migrate(false);
    List<String> referenceCounts = referenceCounts();
    int rerun =
        Integer.parseInt(
            query("SELECT COUNT(*) FROM flyway_schema_history WHERE version >= '008'").get(0));
    // As if V008 had stopped after its table and first trigger, and nothing after it had run:
    server.execute(
        "DROP TRIGGER `" + database + "`.trg_audit_entry_no_delete",
        "DELETE FROM `" + database + "`.flyway_schema_history WHERE version > '008'",
        "UPDATE `" + database + "`.flyway_schema_history SET success = 0 WHERE version = '008'");

    var summary = migrator().migrate(false);

    assertThat(summary.schemaMigrations()).isEqualTo(rerun);
    assertThat(
            query(
                "SELECT COUNT(*) FROM information_schema.TRIGGERS"
                    + " WHERE TRIGGER_SCHEMA = DATABASE()"))
        .containsExactly("2");
    assertThat(query("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"))
        .containsExactly("0");
    assertThat(referenceCounts()).isEqualTo(referenceCounts);
  }

  @Test
  void aDatabaseMigratedBeforeTheRewrite_isRealigned_anyOtherChecksumStillRefused()
      throws Exception {
    migrator().migrate(false);
    // The checksums V001 and V020 had as they first landed.
    execute(
        "UPDATE flyway_schema_history SET checksum = 1865646243 WHERE version = '001'",
        "UPDATE flyway_schema_history SET checksum = 1009128088 WHERE version = '020'");

    migrator().migrate(false);
    assertThat(
            query(
                "SELECT checksum FROM flyway_schema_history WHERE version IN ('001', '020')"
                    + " ORDER BY version"))
        .doesNotContain("1865646243", "1009128088");

    execute("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '005'");
    RuntimeException edited = assertThrows(RuntimeException.class, () -> migrator().migrate(false));
    assertThat(edited.getMessage()).contains("checksum mismatch", "005");
  }

  @Test
  void aPreparedTransactionLeftByACrash_blocksWrites_untilTheRuleDecidesIt() throws Exception {
    migrator().migrate(false);
    execute("CREATE TABLE scratch (id INT PRIMARY KEY)");
    String ours = "X'0000019a2b3c4d5e',X'00',987654321";
    // An audited write as FundTrack makes them: an entry, and the chain head moved onto it.
    prepare(
        ours,
        "INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entry_hash)"
            + " VALUES (UTC_TIMESTAMP(6), 'officer', 'CREATE', 'GRANT', REPEAT('a', 64))",
        "UPDATE audit_chain_head SET last_hash = REPEAT('a', 64) WHERE id = 1");
    prepare("'another-application'", "INSERT INTO scratch VALUES (1)");
    server.kill();
    server.restart();

    InDoubtTransactions inDoubt = new InDoubtTransactions(dataSource);
    assertThat(inDoubt.find()).extracting(InDoubtTransactions.Xid::sql).hasSize(2).contains(ours);
    try (Connection c = dataSource.getConnection()) {
      assertThat(WriteProbe.blocked(c)).hasValueSatisfying(r -> assertThat(r).contains("locked"));
    }

    var resolution = inDoubt.resolve(true);

    assertThat(resolution.committed())
        .extracting(InDoubtTransactions.Xid::sql)
        .containsExactly(ours);
    assertThat(resolution.left())
        .extracting(InDoubtTransactions.Xid::fundTracks)
        .containsExactly(false);
    try (Connection c = dataSource.getConnection()) {
      assertThat(WriteProbe.blocked(c)).isEmpty();
    }
    assertThat(query("SELECT last_hash FROM audit_chain_head")).containsExactly("a".repeat(64));
    execute("XA ROLLBACK 'another-application'");
    assertThat(inDoubt.find()).isEmpty();
    assertThat(query("SELECT COUNT(*) FROM scratch")).containsExactly("0");
  }

  private void prepare(String xid, String... work) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("XA START " + xid);
      for (String statement : work) {
        s.execute(statement);
      }
      s.execute("XA END " + xid);
      s.execute("XA PREPARE " + xid);
    }
  }

  private List<String> referenceCounts() throws SQLException {
    List<String> counts = new ArrayList<>();
    for (String table :
        List.of(
            "ministry",
            "fiscal_year",
            "fund",
            "budget_line",
            "dimension_value",
            "indicator",
            "indicator_dimension",
            "approval_authority",
            "audit_chain_head")) {
      counts.add(table + "=" + query("SELECT COUNT(*) FROM " + table).get(0));
    }
    return counts;
  }

  private DatabaseMigrator migrator() {
    return new DatabaseMigrator(dataSource);
  }

  private void trustFunctionCreators(boolean on) throws SQLException {
    server.execute("SET GLOBAL log_bin_trust_function_creators = " + (on ? "ON" : "OFF"));
  }

  private void execute(String... statements) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  private List<String> query(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
