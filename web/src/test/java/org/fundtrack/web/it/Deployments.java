package org.fundtrack.web.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
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
        .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class))
        .addAsLibraries(arquillianRunnerOpen());
  }

  /**
   * The application requires sign-in everywhere; Arquillian's own test runner servlet must stay
   * reachable, so a web fragment exempts exactly its address (an exact pattern beats "/*").
   */
  private static JavaArchive arquillianRunnerOpen() {
    String fragment =
        "<web-fragment xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
            + "<name>arquillian_runner_open</name>"
            + "<security-constraint><web-resource-collection>"
            + "<web-resource-name>arquillian</web-resource-name>"
            + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
            + "</web-resource-collection></security-constraint>"
            + "</web-fragment>";
    return ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
        .addAsManifestResource(new StringAsset(fragment), "web-fragment.xml");
  }

  private static File jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
