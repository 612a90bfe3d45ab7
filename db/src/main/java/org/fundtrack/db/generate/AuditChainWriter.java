package org.fundtrack.db.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Appends the generated audit facts ({@code gen_audit_fact}, in seq order) to the audit trail's
 * hash chain after its current head, and moves the head, in one transaction. The hash is the
 * application's ({@code AuditEntry.computeHash} in ejb): SHA-256 over the previous hash and each
 * fact written as its length, a colon, its text and a bar (-1 and nothing for null), the instant as
 * {@code Instant.toString()}. The integration test verifies the result with the application's own
 * verifier, so the two cannot drift apart unnoticed.
 */
final class AuditChainWriter {

  private static final int BATCH = 2_000;
  private static final String INSERT =
      "INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, field_name,"
          + " old_value, new_value, reason, previous_hash, entry_hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final MessageDigest sha256;

  AuditChainWriter() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /**
   * Chains every fact; {@code reader} streams the facts while {@code writer} appends them.
   *
   * @return how many entries were appended
   */
  long append(Connection reader, Connection writer) throws SQLException {
    writer.setAutoCommit(false);
    try {
      String previous = lockHead(writer);
      long written = 0;
      try (Statement facts = reader.createStatement();
          PreparedStatement insert = writer.prepareStatement(INSERT)) {
        facts.setFetchSize(BATCH);
        try (ResultSet fact =
            facts.executeQuery(
                "SELECT occurred_at, actor, action, entity_type, entity_id, field_name,"
                    + " old_value, new_value, reason FROM gen_audit_fact ORDER BY seq")) {
          while (fact.next()) {
            previous = bind(insert, fact, previous);
            insert.addBatch();
            if (++written % BATCH == 0) {
              insert.executeBatch();
            }
          }
        }
        insert.executeBatch();
      }
      moveHead(writer, previous);
      writer.commit();
      return written;
    } catch (SQLException | RuntimeException e) {
      writer.rollback();
      throw e;
    } finally {
      writer.setAutoCommit(true);
    }
  }

  private static String lockHead(Connection writer) throws SQLException {
    try (Statement s = writer.createStatement();
        ResultSet head =
            s.executeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
      if (!head.next()) {
        throw new IllegalStateException("audit_chain_head has no row: migration V020 is missing");
      }
      return head.getString(1);
    }
  }

  private static void moveHead(Connection writer, String last) throws SQLException {
    try (PreparedStatement s =
        writer.prepareStatement("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1")) {
      s.setString(1, last);
      s.executeUpdate();
    }
  }

  /** Binds one entry chained to {@code previous}; returns its hash. */
  private String bind(PreparedStatement insert, ResultSet fact, String previous)
      throws SQLException {
    LocalDateTime occurred = fact.getObject(1, LocalDateTime.class);
    long entityId = fact.getLong(5);
    Long entity = fact.wasNull() ? null : entityId;
    Object[] parts = {
      previous,
      occurred.toInstant(ZoneOffset.UTC),
      fact.getString(2),
      fact.getString(3),
      fact.getString(4),
      entity,
      fact.getString(6),
      fact.getString(7),
      fact.getString(8),
      fact.getString(9)
    };
    String hash = hash(parts);
    insert.setObject(1, occurred);
    for (int i = 2; i <= 4; i++) {
      insert.setString(i, (String) parts[i]);
    }
    if (entity == null) {
      insert.setNull(5, Types.BIGINT);
    } else {
      insert.setLong(5, entity);
    }
    for (int i = 6; i <= 9; i++) {
      insert.setString(i, (String) parts[i]);
    }
    insert.setString(10, previous);
    insert.setString(11, hash);
    return hash;
  }

  /** The application's canonical form and digest of one entry's parts. */
  String hash(Object[] parts) {
    StringBuilder canonical = new StringBuilder();
    for (Object part : parts) {
      String text = part == null ? null : part.toString();
      canonical.append(text == null ? -1 : text.length()).append(':');
      canonical.append(text == null ? "" : text).append('|');
    }
    return HexFormat.of()
        .formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
