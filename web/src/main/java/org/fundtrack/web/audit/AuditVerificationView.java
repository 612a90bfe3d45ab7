package org.fundtrack.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fundtrack.audit.boundary.AuditVerifier;
import org.fundtrack.audit.control.ChainReport;
import org.fundtrack.security.boundary.CurrentUser;

/**
 * Backs the audit verification page: auditors and administrators walk the audit trail's hash chain
 * on demand and see whether it holds or where it first breaks.
 */
@Named
@ViewScoped
public class AuditVerificationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditVerifier verifier;
  @Inject private CurrentUser currentUser;

  private ChainReport report;

  public void verify() {
    report = verifier.verify(currentUser.require());
  }

  public ChainReport getReport() {
    return report;
  }
}
