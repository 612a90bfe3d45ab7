package org.fundtrack.grant.control;

import java.util.EnumSet;
import java.util.Set;
import org.fundtrack.grant.entity.ApprovalAuthority;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.security.boundary.Caller;

/**
 * Which actions a caller could take on a grant as it stands, so that a page shows only those: the
 * role's permissions ({@link GrantPermissions}), the status machine, four eyes (nobody decides a
 * grant they created or submitted, nobody pays one they approved) and the caller's delegated
 * authority. The services check every rule again when the action is taken.
 */
public final class AvailableActions {

  private AvailableActions() {}

  /**
   * @param authority the caller's delegated authority for the grant's instrument, or null
   */
  public static Set<GrantAction> of(
      Caller caller, GrantAgreement grant, ApprovalAuthority authority) {
    Set<GrantAction> actions = EnumSet.noneOf(GrantAction.class);
    GrantStatus status = grant.getStatus();
    boolean ownApplication =
        isCaller(caller, grant.getCreatedBy()) || isCaller(caller, grant.getSubmittedBy());
    boolean covered = authority != null && authority.permits(grant.getTerms().getTotalAmount());
    add(actions, caller, GrantAction.EDIT_DRAFT, status.isEditable());
    add(actions, caller, GrantAction.SUBMIT, status.canTransitionTo(GrantStatus.SUBMITTED));
    add(actions, caller, GrantAction.START_REVIEW, status == GrantStatus.SUBMITTED);
    add(
        actions,
        caller,
        GrantAction.APPROVE,
        status == GrantStatus.UNDER_REVIEW && !ownApplication && covered);
    add(
        actions,
        caller,
        GrantAction.DECLINE,
        status.canTransitionTo(GrantStatus.DECLINED) && !ownApplication && covered);
    add(actions, caller, GrantAction.WITHDRAW, status.canTransitionTo(GrantStatus.WITHDRAWN));
    add(actions, caller, GrantAction.EXECUTE, status == GrantStatus.APPROVED);
    add(
        actions,
        caller,
        GrantAction.RECORD_PAYMENT,
        status == GrantStatus.ACTIVE && !isCaller(caller, grant.getApprovedBy()));
    add(
        actions,
        caller,
        GrantAction.PROPOSE_AMENDMENT,
        status == GrantStatus.APPROVED || status == GrantStatus.ACTIVE);
    add(actions, caller, GrantAction.CLOSE, status == GrantStatus.ACTIVE);
    return actions;
  }

  private static void add(
      Set<GrantAction> actions, Caller caller, GrantAction action, boolean fits) {
    if (fits && GrantPermissions.allows(caller.role(), action)) {
      actions.add(action);
    }
  }

  private static boolean isCaller(Caller caller, org.fundtrack.security.entity.AppUser user) {
    return user != null && user.getId() != null && user.getId() == caller.userId();
  }
}
