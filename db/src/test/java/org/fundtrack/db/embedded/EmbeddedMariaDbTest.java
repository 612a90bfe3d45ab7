package org.fundtrack.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

  @AfterEach
  void clearProperty() {
    System.clearProperty("fundtrack.embedded.startSeconds");
  }

  @Test
  void theWaitIsGenerousByDefaultAndCanBeChanged() {
    assertThat(EmbeddedMariaDb.startWait()).isEqualTo(Duration.ofMinutes(3));
    System.setProperty("fundtrack.embedded.startSeconds", "600");
    assertThat(EmbeddedMariaDb.startWait()).isEqualTo(Duration.ofMinutes(10));
    System.setProperty("fundtrack.embedded.startSeconds", "soon");
    assertThat(EmbeddedMariaDb.startWait()).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void aServerThatNeverAnsweredIsReportedInOneLineWithItsBound() {
    String why =
        EmbeddedMariaDb.whyNotStarted(
            new IllegalStateException("Magic string \"ready for connections\" not seen\nconsole"),
            Duration.ofSeconds(180),
            Duration.ofSeconds(180));

    assertThat(why)
        .doesNotContain("\n")
        .startsWith(
            "The embedded MariaDB did not start: it did not accept connections within 180 s")
        .contains("fundtrack.embedded.startSeconds");
  }

  @Test
  void aServerThatStoppedIsReportedWithItsOwnFirstErrorLine() {
    Exception failure =
        new RuntimeException(
            "start failed",
            new IllegalStateException(
                "mariadbd output:\n2026-12-04 [Note] InnoDB: Starting\n"
                    + "2026-12-04 0 [ERROR] Can't start server: Bind on TCP/IP port: Address in use\n"
                    + "2026-12-04 0 [ERROR] Aborting\n"));

    String why =
        EmbeddedMariaDb.whyNotStarted(failure, Duration.ofSeconds(4), Duration.ofMinutes(3));

    assertThat(why)
        .doesNotContain("\n")
        .contains(
            "it stopped after 4 s saying \"Can't start server: Bind on TCP/IP port: Address in"
                + " use\"");
  }
}
