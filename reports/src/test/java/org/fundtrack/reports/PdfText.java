package org.fundtrack.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Renders a PDF to memory and reads it back with PDFBox. */
final class PdfText {

  final String text;
  final int pages;
  final boolean fontsEmbedded;

  private PdfText(String text, int pages, boolean fontsEmbedded) {
    this.text = text;
    this.pages = pages;
    this.fontsEmbedded = fontsEmbedded;
  }

  static PdfText of(Consumer<ByteArrayOutputStream> renderer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.accept(out);
    try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
      boolean embedded = true;
      for (var page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          embedded &= font.isEmbedded();
        }
      }
      return new PdfText(
          new PDFTextStripper().getText(document), document.getNumberOfPages(), embedded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
