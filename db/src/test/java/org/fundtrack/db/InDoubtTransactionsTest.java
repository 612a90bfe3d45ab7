package org.fundtrack.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.fundtrack.db.InDoubtTransactions.Xid;
import org.junit.jupiter.api.Test;

class InDoubtTransactionsTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void payarasLocalTransactionShape_isFundTracks() {
    Xid xid = new Xid(987654321, HEX.parseHex("0000019a2b3c4d5e"), new byte[] {0});

    assertThat(xid.fundTracks()).isTrue();
    assertThat(xid.sql()).isEqualTo("X'0000019a2b3c4d5e',X'00',987654321");
  }

  @Test
  void anyOtherFormatLengthOrBranch_isNotFundTracks() {
    byte[] gtrid = HEX.parseHex("0000019a2b3c4d5e");

    assertThat(new Xid(1, gtrid, new byte[] {0}).fundTracks()).isFalse();
    assertThat(new Xid(987654321, HEX.parseHex("00000199"), new byte[] {0}).fundTracks()).isFalse();
    assertThat(new Xid(987654321, gtrid, new byte[] {1}).fundTracks()).isFalse();
    assertThat(new Xid(987654321, gtrid, new byte[0]).fundTracks()).isFalse();
  }

  @Test
  void xidsWithTheSameBytes_areEqual() {
    assertThat(new Xid(1, new byte[] {1, 2}, new byte[0]))
        .isEqualTo(new Xid(1, new byte[] {1, 2}, new byte[0]))
        .hasSameHashCodeAs(new Xid(1, new byte[] {1, 2}, new byte[0]));
  }
}
