package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.audit.control.ChainBreak;
import org.fundtrack.audit.control.ChainReport;

/** The audit chain's verification: intact, or the first entry where it breaks and why. */
@Schema(name = "AuditVerification")
@JsonbPropertyOrder({"intact", "entriesChecked", "brokenEntryId", "reason"})
public record AuditVerificationDto(
    boolean intact,
    long entriesChecked,
    @Schema(description = "Absent when intact") Long brokenEntryId,
    @Schema(description = "Absent when intact") ChainBreak reason) {

  static AuditVerificationDto of(ChainReport report) {
    return new AuditVerificationDto(
        report.isIntact(), report.entriesChecked(), report.brokenEntryId(), report.reason());
  }
}
