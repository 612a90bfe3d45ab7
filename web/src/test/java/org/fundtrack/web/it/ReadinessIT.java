package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /health/ready} follows the database: the real WAR on its own Payara Micro reaches MariaDB
 * through a relay; cutting the relay turns readiness DOWN, restoring it turns it UP again, with no
 * restart.
 */
class ReadinessIT {

  private TcpProxy proxy;
  private PayaraProcess payara;

  @BeforeEach
  void startApplicationBehindARelay() throws IOException {
    String[] hostPort = TestDatabase.hostAndPort().split(":");
    proxy = new TcpProxy(hostPort[0], Integer.parseInt(hostPort[1]));
    proxy.start();
    String database = TestDatabase.url().substring(TestDatabase.serverUrl().length());
    payara =
        PayaraProcess.start(
            "readiness",
            Map.of(
                "FUNDTRACK_DB_URL",
                "jdbc:mariadb://127.0.0.1:" + proxy.port() + "/" + database,
                "FUNDTRACK_DEMO",
                "false",
                "FUNDTRACK_DB_MIGRATION_RETRY_SECONDS",
                "2"));
  }

  @AfterEach
  void stopEverything() {
    payara.close();
    proxy.close();
  }

  @Test
  void readiness_isDownWhileTheDatabaseIsUnreachableAndUpWhenItIsBack() throws Exception {
    assertThat(payara.awaitReadiness(200, Duration.ofMinutes(4))).as("UP after start").isTrue();

    proxy.stop();
    assertThat(payara.awaitReadiness(503, Duration.ofSeconds(90))).as("DOWN without db").isTrue();

    proxy.start();
    assertThat(payara.awaitReadiness(200, Duration.ofSeconds(90))).as("UP again").isTrue();
  }
}
