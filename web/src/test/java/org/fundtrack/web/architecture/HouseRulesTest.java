package org.fundtrack.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One of each shared rule, kept by the build: the rules below each have one home, and a copy of
 * them anywhere else in the main sources of ejb, reports and web fails this test.
 */
class HouseRulesTest {

  private static final List<Path> SOURCES =
      Stream.of("../ejb", "../reports", "../web")
          .map(module -> Path.of(module, "src", "main", "java"))
          .toList();

  @Test
  void theOntarioZoneAndTheClockLiveInBusinessClockOnly() {
    assertThat(filesMatching("ZoneId\\.of\\(\"America/Toronto\"\\)"))
        .containsExactly("BusinessClock.java");
    assertThat(filesMatching("\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime)\\.now\\("))
        .as("now and today come from BusinessClock")
        .containsExactly("BusinessClock.java");
  }

  @Test
  void theMoneyDigitsAreDeclaredOnceByMoneyAmount() {
    assertThat(filesMatching("@Digits\\(\\s*integer\\s*=\\s*17"))
        .containsExactly("MoneyAmount.java");
  }

  @Test
  void theIndicatorValueDigitsAreDeclaredOnceByIndicatorValue() {
    assertThat(filesMatching("@Digits\\(\\s*integer\\s*=\\s*15"))
        .containsExactly("IndicatorValue.java");
  }

  @Test
  void theSmallCountRuleIsAppliedByTheIndicatorFeatureOnly() {
    assertThat(filesMatching("fundtrack\\.suppression\\.threshold"))
        .as("one reading of the threshold")
        .containsExactly("SmallCounts.java");
    assertThat(filesMatching("\\btooSmall\\("))
        .as("readers, pages, API records and documents render figures the services decided")
        .containsExactly(
            "CellSuppression.java",
            "ScorecardLines.java",
            "ScorecardPolicy.java",
            "SmallCounts.java");
  }

  @Test
  void everyExportReadsItsBatchSizeFromExportBatch() {
    assertThat(filesMatching("fundtrack\\.export\\.batch-size"))
        .containsExactly("ExportBatch.java");
    assertThat(filesMatching("int\\s+BATCH\\s*="))
        .as("no export keeps a batch size of its own")
        .isEmpty();
  }

  @Test
  void aBusinessRuleViolationIsMadeThroughTheFactoryOfItsKind() {
    assertThat(filesMatching("new\\s+BusinessRuleViolation\\("))
        .as("only its own factories call the constructor")
        .containsExactly("BusinessRuleViolation.java");
  }

  @Test
  void numbersAreWrittenByNumberTextOnly() {
    assertThat(filesMatching("\\b(NumberFormat|DecimalFormat)\\b"))
        .as("pages, API texts, audit lines and documents write numbers through NumberText")
        .containsExactly("NumberText.java");
    assertThat(templatesMatching("NumberFormat|DecimalFormat"))
        .as("report templates get their numbers as text, written by NumberText")
        .isEmpty();
  }

  private static List<String> templatesMatching(String regex) {
    Pattern pattern = Pattern.compile(regex);
    try (Stream<Path> files =
        Files.walk(Path.of("..", "reports", "src", "main", "jasperreports"))) {
      return files
          .filter(f -> f.toString().endsWith(".jrxml"))
          .filter(f -> pattern.matcher(read(f)).find())
          .map(f -> f.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> filesMatching(String regex) {
    Pattern pattern = Pattern.compile(regex);
    return SOURCES.stream()
        .flatMap(HouseRulesTest::javaFiles)
        .filter(file -> pattern.matcher(read(file)).find())
        .map(file -> file.getFileName().toString())
        .sorted()
        .toList();
  }

  private static Stream<Path> javaFiles(Path root) {
    assertThat(root).as("sources of %s", root).isDirectory();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
