package org.fundtrack.web.it.server;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;

/**
 * Payara Micro for the integration tests, booted once per test run instead of once per test class.
 *
 * <p>Payara Micro deploys by starting a process with the WAR, so Arquillian's own adapter boots a
 * server for every class (21 boots, most of the suite's time). Every test class deploys the same
 * archive ({@code Deployments.fundtrack()}); this adapter boots it on the first deployment and
 * answers later deployments of an archive with the same libraries from that running server, so
 * in-container and client tests alike share one boot. An archive of another name (a test that must
 * own its server, because it cuts the database say) gets a server of its own, stopped when the
 * class is done. The shared servers stop when the suite ends.
 */
public final class SharedPayaraMicro
    implements DeployableContainer<PayaraMicroContainerConfiguration> {

  /** The name of the archive the tests share; see {@code Deployments.fundtrack()}. */
  public static final String SHARED_ARCHIVE = "fundtrack.war";

  private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

  private PayaraMicroContainerConfiguration configuration;
  private final Map<String, Booted> shared = new LinkedHashMap<>();
  private final Map<Archive<?>, Booted> owned = new IdentityHashMap<>();

  /** A Payara Micro process (through Arquillian's adapter) and what it answered at deployment. */
  private record Booted(
      PayaraMicroDeployableContainer container, Archive<?> archive, ProtocolMetaData metaData) {}

  @Override
  public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
    return PayaraMicroContainerConfiguration.class;
  }

  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    this.configuration = configuration;
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return new PayaraMicroDeployableContainer().getDefaultProtocol();
  }

  @Override
  public void start() {
    // Payara Micro starts with its deployment.
  }

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (!SHARED_ARCHIVE.equals(archive.getName())) {
      Booted own = boot(archive);
      owned.put(archive, own);
      return own.metaData();
    }
    String key = libraries(archive);
    Booted running = shared.get(key);
    if (running == null) {
      running = boot(archive);
      shared.put(key, running);
      LOG.info(() -> "Shared Payara Micro #" + shared.size() + " started");
    }
    return running.metaData();
  }

  @Override
  public synchronized void undeploy(Archive<?> archive) throws DeploymentException {
    Booted own = owned.remove(archive);
    if (own != null) {
      own.container().undeploy(own.archive());
    }
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    for (Booted running : shared.values()) {
      try {
        running.container().undeploy(running.archive());
      } catch (DeploymentException e) {
        throw new LifecycleException("Could not stop a shared Payara Micro", e);
      }
    }
    shared.clear();
  }

  private Booted boot(Archive<?> archive) throws DeploymentException {
    PayaraMicroDeployableContainer container = new PayaraMicroDeployableContainer();
    container.setup(configuration);
    try {
      container.start();
    } catch (LifecycleException e) {
      throw new DeploymentException("Payara Micro did not start", e);
    }
    return new Booted(container, archive, container.deploy(archive));
  }

  /**
   * What distinguishes one shared server from another: the libraries in the archive (a testable
   * deployment carries Arquillian's protocol, a client-only one does not). Test classes are not
   * part of it: the shared archive carries the whole test package.
   */
  private static String libraries(Archive<?> archive) {
    TreeSet<String> names = new TreeSet<>();
    Node lib = archive.get(ArchivePaths.create("WEB-INF/lib"));
    if (lib != null) {
      for (Node child : lib.getChildren()) {
        ArchivePath path = child.getPath();
        names.add(path.get().substring(path.get().lastIndexOf('/') + 1));
      }
    }
    return String.join(",", names);
  }
}
