package org.fundtrack.reports.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.fundtrack.reports.shared.ReportContext;
import org.fundtrack.reports.shared.ReportText;

/**
 * Fills a compiled template and exports it as PDF. Templates are the {@code .jasper} files compiled
 * at build time, loaded from the classpath once and shared (a JasperReport is immutable); the
 * shared styles are loaded once too. Every report gets the same context parameters, which its page
 * footer prints: parameters, who produced it and when, data as of.
 */
public final class PdfRenderer {

  /** Folder of the compiled templates on the classpath. */
  static final String ROOT = "/org/fundtrack/reports/jasper/";

  private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();
  private static final List<JRTemplate> STYLES = List.of(loadStyles("shared/styles.jrtx"));

  private PdfRenderer() {}

  /** The compiled template at {@code <feature>/<name>} (without extension), loaded once. */
  public static JasperReport template(String path) {
    return COMPILED.computeIfAbsent(path, PdfRenderer::load);
  }

  /**
   * Fills {@code template} from {@code rows} and writes the PDF to {@code out} (left open): US
   * Letter (set in the templates), tagged for screen readers, in the context's language, with
   * {@code title} as the document title a reader's window shows.
   */
  public static void render(
      String template,
      String title,
      ReportContext context,
      Map<String, Object> parameters,
      JRDataSource rows,
      OutputStream out) {
    try {
      JasperPrint print =
          JasperFillManager.fillReport(template(template), parameters(context, parameters), rows);
      export(print, title, context, out);
    } catch (JRException e) {
      throw new IllegalStateException("Cannot render report " + template, e);
    }
  }

  private static Map<String, Object> parameters(ReportContext context, Map<String, Object> own) {
    ReportText text = new ReportText(context);
    Map<String, Object> all = new HashMap<>(own);
    all.put(JRParameter.REPORT_LOCALE, context.locale());
    all.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(context.zone()));
    all.put(JRParameter.REPORT_RESOURCE_BUNDLE, text.bundle());
    all.put(JRParameter.REPORT_TEMPLATES, STYLES);
    all.put("FT_PARAMETERS", text.parametersLine());
    all.put("FT_PRODUCED", text.producedLine());
    all.put("FT_DATA_AS_OF", text.dataAsOfLine());
    return all;
  }

  private static void export(
      JasperPrint print, String title, ReportContext context, OutputStream out) throws JRException {
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataAuthor(context.producedBy());
    configuration.setMetadataTitle(title);
    configuration.setDisplayMetadataTitle(true);
    configuration.setMetadataCreator("FundTrack");
    configuration.setTagged(true);
    configuration.setTagLanguage(context.locale().toLanguageTag());
    exporter.setConfiguration(configuration);
    exporter.exportReport();
  }

  private static JasperReport load(String path) {
    try (InputStream in = resource(path + ".jasper")) {
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JRException e) {
      throw new IllegalStateException("Cannot load compiled template " + path, e);
    }
  }

  private static JRTemplate loadStyles(String path) {
    try (InputStream in = resource(path)) {
      return JRXmlTemplateLoader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = PdfRenderer.class.getResourceAsStream(ROOT + path);
    if (in == null) {
      throw new IllegalStateException(
          "Missing " + ROOT + path + ": was the build's template step run?");
    }
    return in;
  }
}
