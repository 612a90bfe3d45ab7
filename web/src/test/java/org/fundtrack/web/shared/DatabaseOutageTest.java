package org.fundtrack.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
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
