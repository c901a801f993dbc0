package in.mrmentor.program;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

/** The refusals of the programs context, with the stable codes of PROGRAMS.md. */
public final class ProgramErrors {
    public static final String INVALID_TRANSITION = "INVALID_TRANSITION";
    public static final String BATCH_NOT_FOUND = "BATCH_NOT_FOUND";
    public static final String BATCH_CODE_TAKEN = "BATCH_CODE_TAKEN";
    public static final String BATCH_FULL = "BATCH_FULL";
    public static final String BATCH_CLOSED = "BATCH_CLOSED";
    public static final String APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND";
    public static final String APPLICATION_EXISTS = "APPLICATION_EXISTS";
    public static final String BILLING_DETAILS_MISSING = "BILLING_DETAILS_MISSING";
    public static final String DISCOUNT_REQUEST_NOT_FOUND = "DISCOUNT_REQUEST_NOT_FOUND";
    public static final String DISCOUNT_REQUEST_OPEN = "DISCOUNT_REQUEST_OPEN";
    public static final String ALREADY_DECIDED = "ALREADY_DECIDED";
    public static final String FEE_NOT_PAID = "FEE_NOT_PAID";
    public static final String BATCH_OF_ANOTHER_PROGRAM = "BATCH_OF_ANOTHER_PROGRAM";

    private ProgramErrors() {
    }

    public static DomainException invalidTransition(String what, Object from, Object to) {
        return DomainException.conflict(INVALID_TRANSITION, "A " + from + " " + what + " cannot become " + to + ".");
    }

    public static DomainException feeNotPaid(Object status) {
        return DomainException.conflict(FEE_NOT_PAID, "Only a PAID application is seated by an admin; this one is "
                + status + ".");
    }

    public static DomainException batchOfAnotherProgram(Object applied, Object target) {
        return DomainException.conflict(BATCH_OF_ANOTHER_PROGRAM, "The fee paid was for " + applied
                + "; a batch of " + target + " cannot seat this application.");
    }

    public static DomainException batchNotFound() {
        return DomainException.notFound(BATCH_NOT_FOUND, "There is no batch with this id.");
    }

    public static DomainException batchCodeTaken(String code) {
        return DomainException.conflict(BATCH_CODE_TAKEN, "A batch with code " + code + " exists already.");
    }

    public static DomainException batchFull(String code, int capacity) {
        return DomainException.conflict(BATCH_FULL, "Batch " + code + " has all of its " + capacity + " seat(s) taken.");
    }

    public static DomainException batchClosed() {
        return DomainException.conflict(BATCH_CLOSED, "This batch does not take applications.");
    }

    public static DomainException applicationNotFound() {
        return DomainException.notFound(APPLICATION_NOT_FOUND, "There is no application with this id.");
    }

    public static DomainException applicationExists() {
        return DomainException.conflict(APPLICATION_EXISTS, "You already have an open application to this batch.");
    }

    public static DomainException billingMissing() {
        return DomainException.conflict(BILLING_DETAILS_MISSING,
                "The application has no billing details; add them before paying.");
    }

    public static DomainException discountNotFound() {
        return DomainException.notFound(DISCOUNT_REQUEST_NOT_FOUND, "There is no discount request with this id.");
    }

    public static DomainException discountOpen() {
        return DomainException.conflict(DISCOUNT_REQUEST_OPEN, "This application has an open discount request already.");
    }

    public static DomainException alreadyDecided() {
        return DomainException.conflict(ALREADY_DECIDED, "This request has already been decided.");
    }

    public static DomainException notConfigured(String what) {
        return new DomainException(ErrorKind.UNAVAILABLE, "INTEGRATION_NOT_CONFIGURED", what + " is not configured on this server.");
    }
}
