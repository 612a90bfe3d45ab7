package org.fundtrack.db.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void split_endsStatementsAtASemicolonEndingALineAndDropsCommentLines() {
    List<String> statements =
        SqlScript.split(
            "-- heading\nCREATE TABLE t (a INT);\nINSERT INTO t\n  -- inside\n  VALUES (1), (2);\n");

    assertThat(statements)
        .containsExactly("CREATE TABLE t (a INT)", "INSERT INTO t\n  VALUES (1), (2)");
  }

  @Test
  void split_keepsSemicolonsInsideALine() {
    assertThat(SqlScript.split("SELECT 'a;b' AS x;\n")).containsExactly("SELECT 'a;b' AS x");
  }

  @Test
  void split_refusesAStatementWithoutItsSemicolon() {
    assertThrows(IllegalArgumentException.class, () -> SqlScript.split("SELECT 1\n"));
  }

  @Test
  void everyGeneratorScript_loadsAndSplits() {
    for (String name : DataGenerator.SCRIPTS) {
      assertThat(SqlScript.load(name).name()).isEqualTo(name);
    }
    assertThat(SqlScript.load("07_cleanup.sql").name()).isEqualTo("07_cleanup.sql");
  }
}
