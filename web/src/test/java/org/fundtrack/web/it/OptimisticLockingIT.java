package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import org.fundtrack.recipient.entity.Recipient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two people editing the same record: the second save, made from a stale copy, is refused. */
@ExtendWith(ArquillianExtension.class)
class OptimisticLockingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @EJB private VersionFixtures fixtures;

  private Recipient original;

  @AfterEach
  void restore() {
    if (original != null) {
      Recipient current = fixtures.load(original.getId());
      current.rename(original.getLegalName(), original.getOperatingName());
      fixtures.save(current);
    }
  }

  @Test
  void staleUpdate_isRejectedAndTheFirstChangeSurvives() {
    original = fixtures.loadDemoRecipient();
    Recipient first = fixtures.load(original.getId());
    Recipient second = fixtures.load(original.getId());

    first.rename("Demo — First Editor Agency", null);
    fixtures.save(first);
    second.rename("Demo — Second Editor Agency", null);

    EJBException refused = assertThrows(EJBException.class, () -> fixtures.save(second));
    assertThat(causesOf(refused)).hasAtLeastOneElementOfType(OptimisticLockException.class);
    assertThat(fixtures.load(original.getId()).getLegalName())
        .isEqualTo("Demo — First Editor Agency");
  }

  private static List<Throwable> causesOf(Throwable thrown) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
