package org.fundtrack.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class AttachmentInspectorTest {

  private static final long TEN_MB = 10L * 1024 * 1024;
  private static final byte[] PDF =
      "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

  @Test
  void realDocumentsPass_typeFromTheContent() throws IOException {
    assertThat(AttachmentInspector.inspect("report.pdf", PDF, TEN_MB).type())
        .isEqualTo(AttachmentType.PDF);
    assertThat(AttachmentInspector.inspect("budget.xlsx", office("xl/workbook.xml"), TEN_MB).type())
        .isEqualTo(AttachmentType.XLSX);
    assertThat(
            AttachmentInspector.inspect("letter.docx", office("word/document.xml"), TEN_MB).type())
        .isEqualTo(AttachmentType.DOCX);
    assertThat(AttachmentInspector.inspect("q2 report v2.pdf", PDF, TEN_MB).fileName())
        .isEqualTo("q2 report v2.pdf");
  }

  @Test
  void anExecutableRenamedPdf_isRefused() {
    assertRefused("invoice.pdf", EXE, "report.attachment.typeNotAllowed");
  }

  @Test
  void aFileOverTheLimit_isRefused() {
    assertThatThrownBy(() -> AttachmentInspector.inspect("big.pdf", new byte[101], 100))
        .isInstanceOf(BusinessRuleViolation.class)
        .extracting(e -> ((BusinessRuleViolation) e).getMessageKey())
        .isEqualTo("report.attachment.tooLarge");
  }

  @Test
  void aZipBombDisguisedAsXlsx_isRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 300; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(2 * 1024 * 1024);
    assertRefused("totals.xlsx", bytes.toByteArray(), "report.attachment.zipBomb");
  }

  @Test
  void namesThatAreAPath_areRefused() {
    assertRefused("../../etc/passwd.pdf", PDF, "report.attachment.badName");
    assertRefused("C:\\Windows\\x.pdf", PDF, "report.attachment.badName");
    assertRefused("..", PDF, "report.attachment.badName");
    assertRefused(".hidden.pdf", PDF, "report.attachment.badName");
  }

  @Test
  void doubleExtensionsAndMismatchedNames_areRefused() {
    assertRefused("invoice.pdf.exe", PDF, "report.attachment.badName");
    assertRefused("photo.exe.pdf", PDF, "report.attachment.badName");
    assertRefused("report.docx", PDF, "report.attachment.typeMismatch");
    assertRefused("empty.pdf", new byte[0], "report.attachment.empty");
  }

  private static void assertRefused(String name, byte[] content, String key) {
    assertThatThrownBy(() -> AttachmentInspector.inspect(name, content, TEN_MB))
        .isInstanceOf(BusinessRuleViolation.class)
        .extracting(e -> ((BusinessRuleViolation) e).getMessageKey())
        .isEqualTo(key);
  }

  private static byte[] office(String part) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(part));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
