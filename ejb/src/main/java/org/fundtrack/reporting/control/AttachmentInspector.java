package org.fundtrack.reporting.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Decides whether an uploaded file may be kept, from its bytes, never trusting its name or the type
 * the browser claims: the content must be a PDF, DOCX, XLSX, PNG or JPEG, within the size limit; a
 * DOCX or XLSX (zip containers) is opened and refused when it would expand beyond sane bounds (a
 * zip bomb) or lacks its format's parts. The name is only a label, never a path: it is refused when
 * it names a path, hides a second extension ({@code invoice.pdf.exe}, {@code photo.exe.png}) or has
 * an extension that does not match the content.
 */
public final class AttachmentInspector {

  /** Most entries a legitimate office document of 10 MB holds here. */
  static final int MAX_ZIP_ENTRIES = 5_000;

  /** Most bytes all entries may expand to. */
  static final long MAX_EXPANDED_BYTES = 200L * 1024 * 1024;

  /** Most a zip may expand relative to its own size. */
  static final long MAX_RATIO = 100;

  /** Extensions a name may not hide before its last one. */
  private static final Set<String> EXTENSIONS =
      Set.of(
          "pdf", "docx", "xlsx", "png", "jpg", "jpeg", "doc", "xls", "exe", "dll", "bat", "cmd",
          "com", "scr", "msi", "js", "vbs", "ps1", "sh", "jar", "html", "htm", "svg", "zip", "docm",
          "xlsm", "lnk", "iso");

  private AttachmentInspector() {}

  /** What was found: the type from the content and the name to show. */
  public record Inspected(AttachmentType type, String fileName) {}

  /**
   * @throws BusinessRuleViolation {@code report.attachment.empty}, {@code
   *     report.attachment.tooLarge}, {@code report.attachment.badName}, {@code
   *     report.attachment.typeNotAllowed}, {@code report.attachment.typeMismatch}, {@code
   *     report.attachment.zipBomb}
   */
  public static Inspected inspect(String fileName, byte[] content, long maxBytes) {
    String name = safeName(fileName);
    if (content == null || content.length == 0) {
      throw BusinessRuleViolation.invalid("report.attachment.empty", name);
    }
    if (content.length > maxBytes) {
      throw BusinessRuleViolation.invalid(
          "report.attachment.tooLarge", name, maxBytes / (1024 * 1024));
    }
    AttachmentType type = sniff(content, name);
    String extension = extensionOf(name);
    if (!type.extensions().contains(extension)) {
      throw BusinessRuleViolation.invalid("report.attachment.typeMismatch", name, type.name());
    }
    return new Inspected(type, name);
  }

  /**
   * The name without control characters; refused when it is empty, names a path (a separator or
   * {@code ..}: a file name is never used as a path, and one that tries is an attack, not a typo),
   * or hides a second extension.
   */
  static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()
        || name.contains("/")
        || name.contains("\\")
        || name.contains("..")
        || name.startsWith(".")
        || name.length() > 200) {
      throw BusinessRuleViolation.invalid("report.attachment.badName", name);
    }
    String[] parts = name.toLowerCase(Locale.ROOT).split("\\.");
    for (int i = 1; i < parts.length - 1; i++) {
      if (EXTENSIONS.contains(parts[i])) {
        throw BusinessRuleViolation.invalid("report.attachment.badName", name);
      }
    }
    return name;
  }

  private static String extensionOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static AttachmentType sniff(byte[] c, String name) {
    if (startsWith(c, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return AttachmentType.PDF;
    }
    if (startsWith(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return AttachmentType.PNG;
    }
    if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
      return AttachmentType.JPEG;
    }
    if (startsWith(c, 0x50, 0x4B, 0x03, 0x04)) {
      return office(c, name);
    }
    throw BusinessRuleViolation.invalid("report.attachment.typeNotAllowed", name);
  }

  /** Opens the zip within bounds and tells a Word document from a workbook. */
  private static AttachmentType office(byte[] content, String name) {
    boolean contentTypes = false;
    boolean word = false;
    boolean excel = false;
    long expanded = 0;
    int entries = 0;
    long limit = Math.min(MAX_EXPANDED_BYTES, content.length * MAX_RATIO);
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ZIP_ENTRIES) {
          throw BusinessRuleViolation.invalid("report.attachment.zipBomb", name);
        }
        String entryName = entry.getName();
        contentTypes |= entryName.equals("[Content_Types].xml");
        word |= entryName.equals("word/document.xml");
        excel |= entryName.equals("xl/workbook.xml");
        for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
          expanded += read;
          if (expanded > limit) {
            throw BusinessRuleViolation.invalid("report.attachment.zipBomb", name);
          }
        }
      }
    } catch (IOException e) {
      throw BusinessRuleViolation.invalid("report.attachment.typeNotAllowed", name);
    }
    if (contentTypes && word && !excel) {
      return AttachmentType.DOCX;
    }
    if (contentTypes && excel && !word) {
      return AttachmentType.XLSX;
    }
    throw BusinessRuleViolation.invalid("report.attachment.typeNotAllowed", name);
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
