package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.GrantScenarios.refusal;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.fundtrack.audit.boundary.AuditVerifier;
import org.fundtrack.audit.control.ChainBreak;
import org.fundtrack.audit.control.ChainReport;
import org.fundtrack.audit.entity.AuditEntry;
import org.fundtrack.audit.entity.AuditFacts;
import org.fundtrack.grant.boundary.AmendmentService;
import org.fundtrack.grant.boundary.CloseOutService;
import org.fundtrack.grant.boundary.GrantDraftService;
import org.fundtrack.grant.boundary.GrantWorkflowService;
import org.fundtrack.grant.boundary.PaymentService;
import org.fundtrack.reporting.boundary.ProgressReportService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail is append-only and tamper-evident: the database refuses UPDATE and DELETE on it,
 * and a row altered or added behind the application's back (by someone with the rights to drop the
 * triggers) is found by the verifier. Each test puts the trail back as it was.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  private static final String NO_UPDATE =
      "CREATE TRIGGER trg_audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW SIGNAL"
          + " SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: UPDATE is not"
          + " allowed'";
  private static final String NO_DELETE =
      "CREATE TRIGGER trg_audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW SIGNAL"
          + " SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: DELETE is not"
          + " allowed'";

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @EJB private GrantFixtures fixtures;
  @EJB private GrantDraftService drafts;
  @EJB private GrantWorkflowService workflow;
  @EJB private PaymentService payments;
  @EJB private ProgressReportService reports;
  @EJB private AmendmentService amendments;
  @EJB private CloseOutService closeOuts;
  @EJB private AuditVerifier verifier;

  private GrantScenarios on;
  private ScratchBudget budget;
  private long grantId;

  @BeforeEach
  void someAuditedWork() {
    on = new GrantScenarios(fixtures, drafts, workflow, payments, reports, amendments, closeOuts);
    budget = fixtures.scratchBudget(1, Map.of(GrantFixtures.YEAR, new BigDecimal("50000.00")));
    grantId = on.submitted(DraftBuilder.draft(fixtures.demoRecipientId(), budget.fund(0)));
  }

  @AfterEach
  void cleanUp() {
    fixtures.dropScratchBudget(budget.strategyId());
  }

  private ChainReport verify() {
    return verifier.verify(fixtures.caller("auditor"));
  }

  private Snapshots.Audit newest() {
    List<Snapshots.Audit> entries = fixtures.auditAfter(fixtures.lastAuditId() - 1);
    return entries.get(entries.size() - 1);
  }

  @Test
  void updateAndDelete_areRefusedByTheDatabaseItself() throws SQLException {
    long id = newest().id();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      SQLException update =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "UPDATE audit_entry SET new_value = 'DECLINED' WHERE id = " + id));
      SQLException delete =
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("DELETE FROM audit_entry WHERE id = " + id));

      assertThat(update.getMessage()).contains("append-only: UPDATE is not allowed");
      assertThat(delete.getMessage()).contains("append-only: DELETE is not allowed");
    }
    assertThat(fixtures.auditAfter(id - 1)).extracting(Snapshots.Audit::id).contains(id);
  }

  @Test
  void verifier_findsTheChainIntactAndIsForAuditorsOnly() {
    ChainReport report = verify();

    assertThat(report.isIntact()).as(String.valueOf(report)).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(fixtures.auditCount());
    assertThat(verifier.verify(fixtures.caller("admin")).isIntact()).isTrue();
    assertThat(refusal(() -> verifier.verify(on.officer))).isEqualTo("security.notAllowed");
    assertThat(refusal(() -> verifier.verify(fixtures.caller("recipient1"))))
        .isEqualTo("security.notAllowed");
  }

  @Test
  void aRowAlteredBehindTheApplicationsBack_isFoundAtThatRow() throws SQLException {
    Snapshots.Audit target = newest();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER trg_audit_entry_no_update");
      try {
        s.executeUpdate("UPDATE audit_entry SET new_value = 'forged' WHERE id = " + target.id());
        s.execute(NO_UPDATE);

        ChainReport report = verify();

        assertThat(report.reason()).isEqualTo(ChainBreak.HASH_MISMATCH);
        assertThat(report.brokenEntryId()).isEqualTo(target.id());
      } finally {
        s.execute("DROP TRIGGER IF EXISTS trg_audit_entry_no_update");
        try (PreparedStatement restore =
            c.prepareStatement("UPDATE audit_entry SET new_value = ? WHERE id = ?")) {
          restore.setString(1, target.newValue());
          restore.setLong(2, target.id());
          restore.executeUpdate();
        } finally {
          s.execute(NO_UPDATE);
        }
      }
    }
    assertThat(verify().isIntact()).isTrue();
  }

  @Test
  void anEntryAppendedBehindTheApplicationsBack_isFoundEvenWithAValidHash() throws SQLException {
    AuditEntry newest = fixtures.newestEntry();
    AuditEntry forged =
        AuditEntry.append(
            newest,
            new AuditFacts(
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                "director",
                "APPROVE",
                "GrantAgreement",
                grantId,
                "status",
                "SUBMITTED",
                "APPROVED",
                null));
    long forgedId;
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      forgedId = insert(c, forged);
      try {
        ChainReport report = verify();

        assertThat(report.reason()).isEqualTo(ChainBreak.HEAD_MISMATCH);
        assertThat(report.brokenEntryId()).isEqualTo(forgedId);
      } finally {
        s.execute("DROP TRIGGER IF EXISTS trg_audit_entry_no_delete");
        try {
          s.executeUpdate("DELETE FROM audit_entry WHERE id = " + forgedId);
        } finally {
          s.execute(NO_DELETE);
        }
      }
    }
    assertThat(verify().isIntact()).isTrue();
    workflow.startReview(on.officer, grantId);
    assertThat(verify().isIntact())
        .as("the application appends after the removed forgery")
        .isTrue();
  }

  private static long insert(Connection c, AuditEntry e) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id,"
                + " field_name, old_value, new_value, reason, previous_hash, entry_hash) VALUES (?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setObject(1, e.getOccurredAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
      insert.setString(2, e.getActor());
      insert.setString(3, e.getAction());
      insert.setString(4, e.getEntityType());
      insert.setLong(5, e.getEntityId());
      insert.setString(6, e.getFieldName());
      insert.setString(7, e.getOldValue());
      insert.setString(8, e.getNewValue());
      insert.setString(9, e.getReason());
      insert.setString(10, e.getPreviousHash());
      insert.setString(11, e.getEntryHash());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
