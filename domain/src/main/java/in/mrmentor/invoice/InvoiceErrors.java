package in.mrmentor.invoice;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.FieldError;

import java.util.List;

/** The refusals of invoicing and payments, with their stable codes (FINANCE.md). */
public final class InvoiceErrors {
    public static final String INVALID_GSTIN = "INVALID_GSTIN";
    public static final String SERIES_EXHAUSTED = "SERIES_EXHAUSTED";
    public static final String ALREADY_INVOICED = "ALREADY_INVOICED";
    public static final String CREDIT_EXCEEDS_INVOICE = "CREDIT_EXCEEDS_INVOICE";
    public static final String INVOICE_NOT_FOUND = "INVOICE_NOT_FOUND";
    public static final String PAYMENT_NOT_FOUND = "PAYMENT_NOT_FOUND";
    public static final String HSN_SAC_EXISTS = "HSN_SAC_EXISTS";
    public static final String PAYMENT_NOT_CAPTURED = "PAYMENT_NOT_CAPTURED";
    public static final String PAYMENT_TO_REFUND = "PAYMENT_TO_REFUND";

    private InvoiceErrors() {
    }

    public static DomainException invalidGstin(String field) {
        return new DomainException(ErrorKind.INVALID, INVALID_GSTIN, "The GSTIN is not valid.",
                List.of(new FieldError(field, "must be a valid GSTIN (15 characters, state code, check character)")));
    }

    public static DomainException seriesExhausted(String prefix, FinancialYear year) {
        return DomainException.conflict(SERIES_EXHAUSTED, "The series " + prefix + " has no number left in "
                + year.label() + " (a number has at most 16 characters).");
    }

    public static DomainException alreadyInvoiced(String number) {
        return DomainException.conflict(ALREADY_INVOICED, "This payment is already invoiced as " + number + ".");
    }

    public static DomainException creditExceedsInvoice(long remainingPaise) {
        return DomainException.conflict(CREDIT_EXCEEDS_INVOICE,
                "The credit is more than what remains of the invoice (" + remainingPaise + " paise).");
    }

    public static DomainException invoiceNotFound() {
        return DomainException.notFound(INVOICE_NOT_FOUND, "There is no invoice with this id or number.");
    }

    public static DomainException paymentNotFound() {
        return DomainException.notFound(PAYMENT_NOT_FOUND, "There is no payment with this id.");
    }

    /** A payment that paid for nothing (a fee paid twice) is owed back, not sold: it gets no tax invoice. */
    public static DomainException paymentToRefund(String reason) {
        return DomainException.conflict(PAYMENT_TO_REFUND, "This payment is to be refunded (" + reason
                + "), so it is not invoiced.");
    }

    public static DomainException paymentNotCaptured() {
        return DomainException.conflict(PAYMENT_NOT_CAPTURED, "Only a captured payment can be invoiced.");
    }

    public static DomainException hsnSacExists(String code) {
        return DomainException.conflict(HSN_SAC_EXISTS, "The HSN/SAC code " + code + " is already in the master.");
    }
}
