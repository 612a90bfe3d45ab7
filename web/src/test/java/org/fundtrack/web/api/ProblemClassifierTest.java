package org.fundtrack.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Set;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class ProblemClassifierTest {

  private static final Locale EN = Locale.forLanguageTag("en-CA");
  private static final Locale FR = Locale.forLanguageTag("fr-CA");

  private final ProblemClassifier signedIn = new ProblemClassifier(true, v -> null);
  private final ProblemClassifier anonymous = new ProblemClassifier(false, v -> null);

  @Test
  void invalidParameter_wrappedByTheRuntime_isABadRequestNamingIt() {
    RuntimeException wrapped =
        new IllegalStateException(
            "extractor", new InvalidParameterException("page", "parameter.integer"));

    ApiError error = signedIn.classify(wrapped);

    assertThat(error.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.errors()).extracting(ApiError.FieldError::name).containsExactly("page");
    assertThat(error.detail().in(EN))
        .isEqualTo("The parameter “page” is not valid: it must be a whole number.");
    assertThat(error.detail().in(FR)).startsWith("Le paramètre « page » n’est pas valide");
  }

  @Test
  void validationFailure_insideAnEjbException_isABadRequest() {
    ApiError error =
        signedIn.classify(new EJBException(new ConstraintViolationException("bad", Set.of())));

    assertThat(error.type()).isEqualTo(ProblemType.VALIDATION);
    assertThat(error.status()).isEqualTo(400);
  }

  @Test
  void businessRule_isUnprocessableWithTheRulesOwnWording() {
    BusinessRuleViolation rule = BusinessRuleViolation.invalid("grant.status.reasonRequired");

    ApiError error = signedIn.classify(rule);

    assertThat(error.status()).isEqualTo(422);
    assertThat(error.detail().in(EN)).isEqualTo(rule.message(EN));
    assertThat(error.detail().in(FR)).isEqualTo(rule.message(FR)).isNotEqualTo(rule.message(EN));
  }

  @Test
  void roleRefusedByAService_isForbiddenWithTheRulesOwnWording() {
    BusinessRuleViolation refused = BusinessRuleViolation.notAllowed("security.notAllowed");

    ApiError error = signedIn.classify(refused);

    assertThat(error.type()).isEqualTo(ProblemType.FORBIDDEN);
    assertThat(error.status()).isEqualTo(403);
    assertThat(error.detail().in(FR)).isEqualTo(refused.message(FR));
  }

  @Test
  void accessRefusedByTheContainer_isForbiddenWhenSignedInAndUnauthorizedOtherwise() {
    EJBAccessException refused = new EJBAccessException("nope");

    assertThat(signedIn.classify(refused).status()).isEqualTo(403);
    ApiError challenge = anonymous.classify(refused);
    assertThat(challenge.status()).isEqualTo(401);
    assertThat(challenge.headers())
        .containsEntry("WWW-Authenticate", ProblemClassifier.BASIC_CHALLENGE);
  }

  @Test
  void concurrentChange_isAConflict() {
    ApiError error = signedIn.classify(new EJBException(new OptimisticLockException("stale")));

    assertThat(error.type()).isEqualTo(ProblemType.CONFLICT);
    assertThat(error.status()).isEqualTo(409);
  }

  @Test
  void theKindAloneDecides_notTheWordingOfTheKey() {
    // A key that reads like "not found" but is a rule broken by the request, and a rule whose
    // records moved on: what the service said it was, not the key's text, decides the answer.
    assertThat(signedIn.classify(BusinessRuleViolation.invalid("grant.notFound", 7)).status())
        .isEqualTo(422);
    assertThat(signedIn.classify(BusinessRuleViolation.notFound("grant.notFound", 7)).status())
        .isEqualTo(404);
    ApiError stale =
        signedIn.classify(BusinessRuleViolation.conflict("grant.changedBySomeoneElse", "AHT-1"));
    assertThat(stale.type()).isEqualTo(ProblemType.CONFLICT);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.detail().in(FR))
        .isEqualTo(
            BusinessRuleViolation.conflict("grant.changedBySomeoneElse", "AHT-1").message(FR));
  }

  @Test
  void malformedJson_isABadRequest() {
    ApiError error = signedIn.classify(new RuntimeException(new JsonbException("unexpected }")));

    assertThat(error.type()).isEqualTo(ProblemType.MALFORMED_BODY);
    assertThat(error.status()).isEqualTo(400);
  }

  @Test
  void anythingElse_isAnInternalErrorThatSaysNothingAboutTheException() {
    ApiError error = signedIn.classify(new NullPointerException("secret.internal.Detail"));
    ApiError logged = ProblemResponses.logged(new NullPointerException(), error);

    assertThat(error.type()).isEqualTo(ProblemType.INTERNAL);
    assertThat(error.status()).isEqualTo(500);
    assertThat(logged.detail().in(EN)).doesNotContain("secret").contains("reference");
  }

  @Test
  void causeChainWithALoop_endsTheSearch() {
    RuntimeException first = new RuntimeException("a");
    RuntimeException second = new RuntimeException("b", first);
    first.initCause(second);

    assertThat(signedIn.classify(first).status()).isEqualTo(500);
  }
}
