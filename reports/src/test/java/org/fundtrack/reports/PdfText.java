package org.fundtrack.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Renders a PDF to memory and reads it back with PDFBox: its text, and what a screen reader and a
 * printer see of it (page size, title, language, tags).
 */
final class PdfText {

  final String text;
  final int pages;
  final boolean fontsEmbedded;
  final float pageWidth;
  final float pageHeight;
  final String title;
  final String language;
  final boolean tagged;
  final boolean displaysTitle;
  final Set<String> structureTypes;

  private PdfText(PDDocument document, String text, boolean fontsEmbedded) {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    this.text = text;
    this.pages = document.getNumberOfPages();
    this.fontsEmbedded = fontsEmbedded;
    this.pageWidth = document.getPage(0).getMediaBox().getWidth();
    this.pageHeight = document.getPage(0).getMediaBox().getHeight();
    this.title = document.getDocumentInformation().getTitle();
    this.language = catalog.getLanguage();
    this.tagged = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
    this.displaysTitle =
        catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle();
    this.structureTypes = new HashSet<>();
    if (catalog.getStructureTreeRoot() != null) {
      collect(catalog.getStructureTreeRoot(), structureTypes);
    }
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
      return new PdfText(document, new PDFTextStripper().getText(document), embedded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(PDStructureNode node, Set<String> types) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        types.add(element.getStructureType());
        collect(element, types);
      }
    }
  }
}
