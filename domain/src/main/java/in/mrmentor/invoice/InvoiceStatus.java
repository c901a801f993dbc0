package in.mrmentor.invoice;

/**
 * An issued invoice stays ISSUED: invoices are never edited or deleted. Credit notes reduce what
 * remains of it; when nothing remains it is CREDITED.
 */
public enum InvoiceStatus {
    ISSUED,
    PARTIALLY_CREDITED,
    CREDITED;

    public static InvoiceStatus after(long totalPaise, long creditedPaise) {
        if (creditedPaise <= 0) {
            return ISSUED;
        }
        return creditedPaise >= totalPaise ? CREDITED : PARTIALLY_CREDITED;
    }
}
