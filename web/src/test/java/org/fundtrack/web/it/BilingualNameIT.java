package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import org.fundtrack.indicator.entity.Dimension;
import org.fundtrack.indicator.entity.DimensionCode;
import org.fundtrack.reference.entity.Ministry;
import org.fundtrack.reference.entity.Region;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The container's validator on the embedded bilingual name: both names required, each within its
 * table's column (200 characters, 100 where the columns are narrower), refused on {@code name.en}
 * or {@code name.fr} with the limit in the message.
 */
@ExtendWith(ArquillianExtension.class)
class BilingualNameIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @Inject private Validator validator;

  @Test
  void name_isRequiredInBothLanguages() {
    assertThat(violations(new Ministry("MX", " ", null)))
        .containsExactlyInAnyOrder(
            "name.en={field.required} max=-", "name.fr={field.required} max=-");
  }

  @Test
  void name_fitsTheWidestColumnAndNoMore() {
    assertThat(violations(new Ministry("MX", "e".repeat(200), "f".repeat(200)))).isEmpty();
    assertThat(violations(new Ministry("MX", "e".repeat(201), "Nom")))
        .containsExactly("name.en={field.tooLong} max=200");
  }

  @Test
  void name_ofANarrowTable_isRefusedAtThatTablesLimit() {
    assertThat(violations(new Region("RX", "e".repeat(100), "f".repeat(100)))).isEmpty();
    assertThat(violations(new Region("RX", "Name", "f".repeat(101))))
        .containsExactly("name.fr={field.tooLong} max=100");
    assertThat(violations(new Dimension(DimensionCode.REGION, "e".repeat(101), "Nom", 10)))
        .containsExactly("name.en={field.tooLong} max=100");
  }

  @Test
  void name_overBothLimits_isRefusedByEach() {
    assertThat(violations(new Region("RX", "e".repeat(201), "Nord")))
        .containsExactlyInAnyOrder(
            "name.en={field.tooLong} max=100", "name.en={field.tooLong} max=200");
  }

  private <T> List<String> violations(T entity) {
    return validator.validate(entity).stream().map(BilingualNameIT::describe).sorted().toList();
  }

  private static String describe(ConstraintViolation<?> v) {
    Object max = v.getConstraintDescriptor().getAttributes().get("max");
    return v.getPropertyPath() + "=" + v.getMessageTemplate() + " max=" + (max == null ? "-" : max);
  }
}
