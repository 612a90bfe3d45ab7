package org.fundtrack.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void connectionFailures_anywhereInTheCauseChain_areOutages() {
    assertThat(DatabaseOutage.explains(wrapped(new SQLNonTransientConnectionException("gone"))))
        .isTrue();
    assertThat(DatabaseOutage.explains(wrapped(new SQLException("refused", "08000")))).isTrue();
    assertThat(DatabaseOutage.explains(wrapped(new ConnectException("refused")))).isTrue();
    assertThat(
            DatabaseOutage.explains(
                wrapped(
                    new SQLException(
                        "Error in allocating a connection",
                        new ResourceAllocationException("pool")))))
        .isTrue();
  }

  @Test
  void lockWaitTimeoutsAndDeadlocks_areOutages() {
    assertThat(DatabaseOutage.explains(wrapped(new SQLException("wait", "HY000", 1205)))).isTrue();
    assertThat(DatabaseOutage.explains(wrapped(new SQLException("deadlock", "40001", 1213))))
        .isTrue();
  }

  /** What Payara threw when MariaDB was killed during the commit (CrashDrillIT). */
  @Test
  void aConnectionLostDuringTheCommit_isAnOutageWhoseOutcomeIsInDoubt() {
    XAException lost =
        new XAException("jakarta.resource.spi.LocalTransactionException: (conn=4) Socket error");
    lost.errorCode = XAException.XAER_RMERR;
    Throwable thrown =
        new EJBException(
            "Unable to complete container-managed transaction.",
            (Exception) new SystemException().initCause(lost));
    assertThat(DatabaseOutage.explains(thrown)).isTrue();
    assertThat(DatabaseOutage.leftCommitInDoubt(thrown)).isTrue();
    assertThat(DatabaseOutage.leftCommitInDoubt(wrapped(new ConnectException("refused"))))
        .isFalse();
    assertThat(DatabaseOutage.explains(new XAException(XAException.XAER_RMFAIL))).isTrue();
    assertThat(DatabaseOutage.explains(new XAException(XAException.XAER_PROTO))).isFalse();
  }

  @Test
  void defectsAndBadData_areNot() {
    assertThat(DatabaseOutage.explains(null)).isFalse();
    assertThat(DatabaseOutage.explains(new IllegalStateException("bug"))).isFalse();
    assertThat(
            DatabaseOutage.explains(
                wrapped(new SQLIntegrityConstraintViolationException("dup", "23000", 1062))))
        .isFalse();
  }

  private static RuntimeException wrapped(Throwable cause) {
    return new EJBException(new RuntimeException("persistence", cause));
  }
}
