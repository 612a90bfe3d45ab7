package org.fundtrack.web.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every integration test uses: the WAR this build just packaged, unchanged, plus
 * the test classes and the assertion library for tests that run inside the container.
 */
public final class Deployments {

  private static final File WAR = new File("target/fundtrack.war");

  private Deployments() {}

  public static WebArchive fundtrack() {
    if (!WAR.isFile()) {
      throw new IllegalStateException(WAR.getAbsolutePath() + " is missing: run 'mvn verify'");
    }
    return ShrinkWrap.create(ZipImporter.class, "fundtrack.war")
        .importFrom(WAR)
        .as(WebArchive.class)
        .addPackage(Deployments.class.getPackage())
        .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
