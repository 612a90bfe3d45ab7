package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.fundtrack.db.DatabaseMigrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations on a real MariaDB, outside the container: they apply to an empty database, are a
 * no-op on a migrated one, carry the published Ontario figures to the cent, and the demo data keeps
 * the budget invariants.
 */
class DatabaseMigratorIT {

  private String database;
  private DataSource dataSource;

  @BeforeEach
  void createEmptyDatabase() throws SQLException {
    database = TestDatabase.createScratchDatabase("migr");
    dataSource = TestDatabase.dataSource(database);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    TestDatabase.dropScratchDatabase(database);
  }

  @Test
  void migrate_appliesEveryMigrationToAnEmptyDatabaseAndNothingTheSecondTime() {
    DatabaseMigrator migrator = new DatabaseMigrator(dataSource);

    DatabaseMigrator.MigrationSummary first = migrator.migrate(false);
    DatabaseMigrator.MigrationSummary second = migrator.migrate(false);

    assertThat(first.schemaMigrations()).isPositive();
    assertThat(first.schemaVersion()).isEqualTo(migrator.latestSchemaVersion());
    assertThat(migrator.appliedSchemaVersion()).isEqualTo(migrator.latestSchemaVersion());
    assertThat(second.schemaMigrations()).isZero();
    assertThat(second.demoMigrations()).isZero();
  }

  @Test
  void referenceData_carriesTheExactLineAmountsForEveryFiscalYear() throws SQLException {
    new DatabaseMigrator(dataSource).migrate(false);

    Map<Integer, BigDecimal> totals =
        query(
            "SELECT fy.start_year, SUM(bl.appropriation) FROM budget_line bl"
                + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
                + " GROUP BY fy.start_year ORDER BY fy.start_year");

    // 12,320,000 + 2,872,200 + 4,800,000: the exact lines, not the published (rounded) $20M.
    assertThat(totals).containsOnlyKeys(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(totals.values()).allSatisfy(t -> assertThat(t).isEqualTo("19992200.00"));
  }

  @Test
  void referenceData_keepsThePublishedAllocationAsPublished() throws SQLException {
    new DatabaseMigrator(dataSource).migrate(false);

    Map<String, BigDecimal> strategy =
        queryByName("SELECT code, annual_allocation FROM strategy WHERE code = 'AHT'");
    Map<String, BigDecimal> commitment =
        queryByName("SELECT code, total_commitment FROM strategy WHERE code = 'AHT'");

    assertThat(strategy).containsEntry("AHT", new BigDecimal("20000000.00"));
    assertThat(commitment).containsEntry("AHT", new BigDecimal("307000000.00"));
  }

  @Test
  void referenceData_programAreaSubtotalsAreTheUnroundedSums() throws SQLException {
    new DatabaseMigrator(dataSource).migrate(false);

    Map<String, BigDecimal> byArea =
        queryByName(
            "SELECT pa.name_en, SUM(bl.appropriation) FROM budget_line bl"
                + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
                + " JOIN fund f ON f.id = bl.fund_id"
                + " JOIN program_area pa ON pa.id = f.program_area_id"
                + " WHERE fy.start_year = 2024 GROUP BY pa.name_en");

    assertThat(byArea.values())
        .containsExactlyInAnyOrder(
            new BigDecimal("12320000.00"),
            new BigDecimal("2872200.00"),
            new BigDecimal("4800000.00"));
  }

  @Test
  void demoData_keepsEveryBudgetLineWithinItsAppropriation() throws SQLException {
    DatabaseMigrator.MigrationSummary summary = new DatabaseMigrator(dataSource).migrate(true);

    assertThat(summary.demoMigrations()).isPositive();
    assertThat(count("SELECT COUNT(*) FROM grant_agreement")).isGreaterThanOrEqualTo(20);
    assertThat(count("SELECT COUNT(*) FROM app_user")).isGreaterThanOrEqualTo(6);
    assertThat(
            count(
                "SELECT COUNT(*) FROM budget_line WHERE committed_amount > appropriation"
                    + " OR paid_amount > committed_amount"))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM budget_line bl WHERE bl.committed_amount <>"
                    + " (SELECT COALESCE(SUM(a.amount), 0) FROM grant_year_allocation a"
                    + " JOIN grant_agreement g ON g.id = a.grant_id"
                    + " WHERE a.budget_line_id = bl.id"
                    + " AND g.status IN ('APPROVED', 'ACTIVE', 'CLOSED', 'TERMINATED'))"))
        .isZero();
  }

  @Test
  void demoData_isRefusedOnADatabaseWithRealRecipients() throws SQLException {
    DatabaseMigrator migrator = new DatabaseMigrator(dataSource);
    migrator.migrate(false);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO recipient (legal_name, recipient_type, region_id, city, risk_rating, demo)"
              + " SELECT 'Real Agency Inc.', 'COMMUNITY_AGENCY', id, 'Toronto', 'LOW', FALSE"
              + " FROM region ORDER BY id LIMIT 1");
    }

    assertThrows(IllegalStateException.class, () -> migrator.migrate(true));
    assertThat(count("SELECT COUNT(*) FROM app_user")).isZero();
  }

  @Test
  void schema_rejectsACommitmentAboveTheAppropriation() throws SQLException {
    new DatabaseMigrator(dataSource).migrate(false);

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "UPDATE budget_line SET committed_amount = appropriation + 0.01"
                      + " ORDER BY id LIMIT 1"));
    }
    assertThat(count("SELECT COUNT(*) FROM budget_line WHERE committed_amount > 0")).isZero();
  }

  private Map<Integer, BigDecimal> query(String sql) throws SQLException {
    Map<Integer, BigDecimal> result = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        result.put(rs.getInt(1), rs.getBigDecimal(2));
      }
    }
    return result;
  }

  private Map<String, BigDecimal> queryByName(String sql) throws SQLException {
    Map<String, BigDecimal> result = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        result.put(rs.getString(1), rs.getBigDecimal(2));
      }
    }
    return result;
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
