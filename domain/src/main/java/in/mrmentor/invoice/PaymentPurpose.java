package in.mrmentor.invoice;

/**
 * What a receipt pays for. A gateway order is created for one purpose, and the payment webhook hands
 * its events to the handler the owning context registered for that purpose.
 */
public enum PaymentPurpose {
    TOKEN_PURCHASE,
    APPLICATION_FEE,
    PROGRAM_FEE,
    PAP_FEE,
    PLACEMENT_FEE,
    OTHER
}
