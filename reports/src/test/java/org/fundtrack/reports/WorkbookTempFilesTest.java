package org.fundtrack.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.fundtrack.reports.payment.PaymentLedgerRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTempFilesTest {

  @TempDir Path poiTemp;

  @BeforeEach
  void directPoiTempFilesHere() {
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
  }

  @AfterEach
  void restoreDefault() {
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
  }

  @Test
  void rowsThatFailMidway_leaveNoTempFiles() {
    Iterator<PaymentLedgerRow> failing = new FailingAfter(5_000);

    assertThrows(
        IllegalStateException.class,
        () ->
            Workbooks.paymentsLedger(
                Fixtures.context(Fixtures.EN), failing, new ByteArrayOutputStream()));

    assertThat(sheetTempFiles()).isEmpty();
  }

  @Test
  void aCompleteWorkbook_leavesNoTempFiles() {
    Workbooks.paymentsLedger(
        Fixtures.context(Fixtures.EN),
        Fixtures.payments(5_000).iterator(),
        new ByteArrayOutputStream());

    assertThat(sheetTempFiles()).isEmpty();
  }

  @Test
  void whileWriting_rowsGoToCompressedTempFiles() {
    String[] seen = new String[1];
    Iterator<PaymentLedgerRow> watching =
        new Iterator<>() {
          private final Iterator<PaymentLedgerRow> rows = Fixtures.payments(1_000).iterator();

          @Override
          public boolean hasNext() {
            if (!rows.hasNext()) {
              seen[0] = String.join(",", sheetTempFiles());
            }
            return rows.hasNext();
          }

          @Override
          public PaymentLedgerRow next() {
            return rows.next();
          }
        };

    Workbooks.paymentsLedger(Fixtures.context(Fixtures.EN), watching, new ByteArrayOutputStream());

    assertThat(seen[0]).contains("poi-sxssf-sheet").contains(".gz");
  }

  private String[] sheetTempFiles() {
    File[] files = poiTemp.toFile().listFiles((dir, name) -> name.startsWith("poi-sxssf"));
    return files == null
        ? new String[0]
        : java.util.Arrays.stream(files).map(File::getName).toArray(String[]::new);
  }

  /** Rows from a database that goes away after {@code limit} rows. */
  private static final class FailingAfter implements Iterator<PaymentLedgerRow> {
    private final int limit;
    private int given;

    FailingAfter(int limit) {
      this.limit = limit;
    }

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public PaymentLedgerRow next() {
      if (given == limit) {
        throw new IllegalStateException("connection lost");
      }
      if (given > limit) {
        throw new NoSuchElementException();
      }
      return Fixtures.payment(given++, "Recipient", Fixtures.money("10.01"), "");
    }
  }
}
