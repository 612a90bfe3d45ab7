package org.fundtrack.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Finds the XA transactions a MariaDB server holds prepared ({@code XA RECOVER}) and resolves those
 * that are FundTrack's own. A prepared transaction keeps its row locks until someone decides it:
 * one left on {@code audit_chain_head} blocks every audited write.
 *
 * <p>The rule. FundTrack's transactions are local since its data source stopped being XA; before
 * that, Payara ran each one as {@code XA START … XA END … XA COMMIT … ONE PHASE}, never with a
 * separate {@code XA PREPARE}: the application had already decided to commit when the server
 * prepared it as the first step of its internal two-phase commit with the binary log. A crash in
 * that step leaves it prepared, and by then it is usually in the binary log (and on replicas) and
 * the client may have its acknowledgement. So a prepared transaction with the shape of Payara's
 * local transaction ids (format 987654321, an 8-byte global id, a 1-byte zero branch qualifier) is
 * FundTrack's own and is committed; any other is reported and left to its owner.
 */
public final class InDoubtTransactions {

  /** {@code JavaEETransactionImpl.JavaEEXid}: Payara's id for a transaction of one resource. */
  static final int PAYARA_FORMAT_ID = 987654321;

  /** MariaDB's "unknown XID": the transaction was decided since it was listed. */
  private static final int XAER_NOTA = 1397;

  private static final Logger LOG = Logger.getLogger(InDoubtTransactions.class.getName());

  private final DataSource dataSource;

  public InDoubtTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Every transaction the server holds prepared, FundTrack's and others'. */
  public List<Xid> find() throws SQLException {
    List<Xid> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("XA RECOVER")) {
      while (rs.next()) {
        byte[] data = rs.getBytes("data");
        int gtridLength = rs.getInt("gtrid_length");
        found.add(
            new Xid(
                rs.getInt("formatID"),
                Arrays.copyOfRange(data, 0, gtridLength),
                Arrays.copyOfRange(data, gtridLength, gtridLength + rs.getInt("bqual_length"))));
      }
    }
    return found;
  }

  /**
   * Commits FundTrack's own prepared transactions and reports the others, each in one log line.
   *
   * @return what was found and what was done
   */
  public Resolution resolve(boolean commitOwn) throws SQLException {
    List<Xid> found = find();
    List<Xid> committed = new ArrayList<>();
    List<Xid> left = new ArrayList<>();
    for (Xid xid : found) {
      if (commitOwn && xid.fundTracks()) {
        commit(xid);
        committed.add(xid);
        LOG.warning(() -> "In-doubt transaction " + xid + " was FundTrack's own: committed");
      } else {
        left.add(xid);
        LOG.severe(
            () ->
                "In-doubt transaction "
                    + xid
                    + (xid.fundTracks()
                        ? " is FundTrack's own and waits for a decision (resolution is 'report')"
                        : " is not FundTrack's: left for its owner to resolve")
                    + "; decide it with XA COMMIT or XA ROLLBACK "
                    + xid.sql());
      }
    }
    return new Resolution(committed, left);
  }

  /** Commits {@code xid}; one that another instance decided in the meantime is left as it is. */
  private void commit(Xid xid) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("XA COMMIT " + xid.sql());
    } catch (SQLException e) {
      if (e.getErrorCode() != XAER_NOTA) {
        throw e;
      }
    }
  }

  /** An XA transaction id as {@code XA RECOVER} lists it. */
  public record Xid(int formatId, byte[] globalId, byte[] branchQualifier) {

    /** Whether the id has the shape of Payara's local transaction ids, as FundTrack's had. */
    public boolean fundTracks() {
      return formatId == PAYARA_FORMAT_ID
          && globalId.length == 8
          && Arrays.equals(branchQualifier, new byte[] {0});
    }

    /** The id as XA statements take it: {@code X'…',X'…',format}. */
    public String sql() {
      HexFormat hex = HexFormat.of();
      return "X'"
          + hex.formatHex(globalId)
          + "',X'"
          + hex.formatHex(branchQualifier)
          + "',"
          + formatId;
    }

    @Override
    public String toString() {
      return sql();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Xid xid && sql().equals(xid.sql());
    }

    @Override
    public int hashCode() {
      return sql().hashCode();
    }
  }

  /** What {@link #resolve} did: the transactions it committed, and those still prepared. */
  public record Resolution(List<Xid> committed, List<Xid> left) {}
}
