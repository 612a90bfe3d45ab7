package org.fundtrack.grant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.reporting.entity.ProgressReport;
import org.fundtrack.reporting.entity.ReportStatus;

/** Each reporting period of a grant with whether its report has been accepted, for the gate. */
@ApplicationScoped
public class ReportStates {

  @Inject private GrantRepository grants;

  public List<ReportState> of(long grantId) {
    Set<Long> accepted =
        grants.liveReports(grantId).stream()
            .filter(r -> r.getStatus() == ReportStatus.ACCEPTED)
            .map(ProgressReport::getReportingPeriod)
            .map(ReportingPeriod::getId)
            .collect(Collectors.toSet());
    return grants.reportingPeriods(grantId).stream()
        .map(
            p ->
                new ReportState(
                    p.getSequenceNo(),
                    p.getDueDate(),
                    p.isFinalReport(),
                    accepted.contains(p.getId())))
        .toList();
  }
}
