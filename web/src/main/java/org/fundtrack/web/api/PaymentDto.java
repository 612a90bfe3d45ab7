package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.grant.boundary.PaymentReceipt;

/** A recorded payment; {@code replayed} when the request repeated an earlier one's key. */
@Schema(name = "Payment")
@JsonbPropertyOrder({
  "id",
  "grantId",
  "instalmentId",
  "amount",
  "paidOn",
  "paymentReference",
  "replayed"
})
public record PaymentDto(
    long id,
    long grantId,
    long instalmentId,
    BigDecimal amount,
    LocalDate paidOn,
    String paymentReference,
    @Schema(description = "True when this repeats a payment already recorded under the same key")
        boolean replayed) {

  static PaymentDto of(PaymentReceipt r) {
    return new PaymentDto(
        r.paymentId(),
        r.grantId(),
        r.instalmentId(),
        Amounts.exact(r.amount()),
        r.paidOn(),
        r.paymentReference(),
        r.replayed());
  }
}
