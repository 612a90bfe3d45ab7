package org.fundtrack.grant.boundary;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.fundtrack.grant.control.DraftProblem;
import org.fundtrack.grant.control.GrantDraftRules;

/** Reports each {@link GrantDraftRules} problem of a draft as a violation on its own field. */
public class GrantDraftValidator implements ConstraintValidator<ConsistentGrantDraft, GrantDraft> {

  @Override
  public boolean isValid(GrantDraft draft, ConstraintValidatorContext context) {
    if (draft == null) {
      return true;
    }
    List<DraftProblem> problems = new ArrayList<>();
    problems.addAll(
        GrantDraftRules.check(
            draft.totalAmount(),
            draft.startDate(),
            draft.endDate(),
            draft.yearAmounts(),
            draft.budgetItems().stream().map(b -> b == null ? null : b.expenseCategory()).toList(),
            draft.budgetItems().stream().map(b -> b == null ? null : b.amount()).toList(),
            draft.instalments().stream().map(i -> i == null ? null : i.amount()).toList()));
    problems.addAll(
        GrantDraftRules.checkIndicators(
            draft.indicators().stream().map(i -> i == null ? null : i.indicatorCode()).toList()));
    if (problems.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (DraftProblem problem : problems) {
      context
          .buildConstraintViolationWithTemplate("{" + problem.messageKey() + "}")
          .addPropertyNode(problem.field())
          .addConstraintViolation();
    }
    return false;
  }
}
