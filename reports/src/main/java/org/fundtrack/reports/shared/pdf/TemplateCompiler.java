package org.fundtrack.reports.shared.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step (exec-maven-plugin at process-classes): compiles every {@code .jrxml} under the
 * source folder to a {@code .jasper} beside the classes and copies the {@code .jrtx} style
 * templates, keeping the feature folders. Compiling here means the server never compiles a
 * template, and a broken template fails the build rather than a user's request.
 *
 * <p>Usage: {@code TemplateCompiler <source folder> <target folder>}.
 */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 2) {
      throw new IllegalArgumentException("Usage: TemplateCompiler <source folder> <target folder>");
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      Path relative = source.relativize(file);
      String name = relative.toString();
      if (name.endsWith(".jrxml")) {
        compile(file, target.resolve(name.substring(0, name.length() - 6) + ".jasper"));
      } else if (name.endsWith(".jrtx")) {
        copy(file, target.resolve(relative));
      }
    }
  }

  private static void compile(Path jrxml, Path jasper) throws IOException, JRException {
    if (upToDate(jrxml, jasper)) {
      return;
    }
    Files.createDirectories(jasper.getParent());
    try {
      JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
    } catch (JRException | RuntimeException e) {
      throw new JRException("Cannot compile " + jrxml, e);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean upToDate(Path source, Path output) throws IOException {
    return Files.exists(output)
        && Files.getLastModifiedTime(output).compareTo(Files.getLastModifiedTime(source)) > 0;
  }
}
