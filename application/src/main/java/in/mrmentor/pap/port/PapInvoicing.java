package in.mrmentor.pap.port;

import in.mrmentor.program.BillingDetails;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The PAP-series tax invoice for a verified placement's fee, issued inside the caller's transaction
 * by the invoicing context. Until that context is wired, {@link #NOT_YET} issues nothing and the
 * workflow waits for payment without an invoice number.
 */
public interface PapInvoicing {

    /** The number of the invoice issued for the GST-inclusive {@code feePaise}, or empty when none was issued. */
    Optional<String> issuePapFeeInvoice(UUID workflowId, UUID userId, long feePaise, BillingDetails billing, Instant at);

    PapInvoicing NOT_YET = (workflowId, userId, feePaise, billing, at) -> Optional.empty();
}
