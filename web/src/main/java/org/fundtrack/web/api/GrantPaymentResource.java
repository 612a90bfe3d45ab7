package org.fundtrack.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fundtrack.grant.boundary.PaymentReceipt;
import org.fundtrack.grant.boundary.PaymentRequest;
import org.fundtrack.grant.boundary.PaymentService;
import org.fundtrack.security.boundary.CurrentUser;

/**
 * The payments of a grant's released instalments, under {@code /grants/{id}/payments}: recorded
 * once per Idempotency-Key, so a repeated request answers the first payment instead of paying
 * twice. Same roles and answers as {@link GrantResource}.
 */
@Path("grants/{id}/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grants")
public class GrantPaymentResource {

  @EJB private PaymentService payments;
  @Inject private CurrentUser currentUser;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "payGrantInstalment",
      summary = "Record the payment of a released instalment",
      description =
          "The Idempotency-Key header is required: a request repeating a key already used "
              + "records nothing and answers 200 with the first payment (replayed: true).")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "Replayed: the payment already recorded under this key")
  public Response pay(
      @PathParam("id") @RecordId long id,
      @Parameter(
              description = "A unique key per intended payment, up to 64 characters",
              required = true)
          @HeaderParam("Idempotency-Key")
          @IdempotencyKey
          String idempotencyKey,
      @NotNull(message = "{field.required}") @Valid PaymentInput payment) {
    PaymentReceipt receipt =
        payments.recordPayment(
            currentUser.require(),
            new PaymentRequest(
                id,
                payment.instalmentId(),
                payment.paidOn(),
                payment.paymentReference(),
                idempotencyKey));
    return Response.status(receipt.replayed() ? Status.OK : Status.CREATED)
        .entity(PaymentDto.of(receipt))
        .build();
  }
}
