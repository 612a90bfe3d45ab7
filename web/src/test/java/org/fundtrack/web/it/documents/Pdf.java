package org.fundtrack.web.it.documents;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A downloaded PDF as its readers get it: the text PDFBox extracts line by line as it appears on
 * the page, and what a screen reader and a printer see (page size, title, language, tags).
 */
record Pdf(
    String text,
    float pageWidth,
    float pageHeight,
    String title,
    String language,
    boolean tagged,
    boolean displaysTitle) {

  static Pdf read(byte[] bytes) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return new Pdf(
          stripper.getText(document),
          document.getPage(0).getMediaBox().getWidth(),
          document.getPage(0).getMediaBox().getHeight(),
          document.getDocumentInformation().getTitle(),
          catalog.getLanguage(),
          catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
          catalog.getViewerPreferences() != null
              && catalog.getViewerPreferences().displayDocTitle());
    }
  }

  /** Whether the pages are US Letter, either way round. */
  boolean letter() {
    float shorter = Math.min(pageWidth, pageHeight);
    float longer = Math.max(pageWidth, pageHeight);
    return Math.abs(shorter - 612) < 0.5 && Math.abs(longer - 792) < 0.5;
  }

  /** The text with every kind of space as a plain one. */
  String plain() {
    return Words.spaces(text);
  }
}
