package in.mrmentor.pap;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

/** The refusals of the PAP context, with the stable codes of PROGRAMS.md. */
public final class PapErrors {
    public static final String INVALID_TRANSITION = "INVALID_TRANSITION";
    public static final String WORKFLOW_NOT_FOUND = "PAP_WORKFLOW_NOT_FOUND";
    public static final String WORKFLOW_EXISTS = "PAP_WORKFLOW_EXISTS";
    public static final String PAP_NOT_AVAILABLE = "PAP_NOT_AVAILABLE";
    public static final String DOCUMENT_NOT_FOUND = "DOCUMENT_NOT_FOUND";
    public static final String NOT_A_PDF = "NOT_A_PDF";
    public static final String INVALID_MAC = "INVALID_MAC";
    public static final String INTEGRATION_NOT_CONFIGURED = "INTEGRATION_NOT_CONFIGURED";
    public static final String ESIGN_PROVIDER_FAILED = "ESIGN_PROVIDER_FAILED";
    public static final String TEMPLATE_NOT_FOUND = "TEMPLATE_NOT_FOUND";

    private PapErrors() {
    }

    public static DomainException invalidTransition(PapStatus from, Object to) {
        return DomainException.conflict(INVALID_TRANSITION, "A workflow in " + from + " cannot move to " + to + ".");
    }

    public static DomainException workflowNotFound() {
        return DomainException.notFound(WORKFLOW_NOT_FOUND, "There is no PAP workflow with this id.");
    }

    public static DomainException workflowExists() {
        return DomainException.conflict(WORKFLOW_EXISTS, "This application has a PAP workflow already.");
    }

    public static DomainException papNotAvailable() {
        return DomainException.conflict(PAP_NOT_AVAILABLE,
                "Pay-after-placement needs an APPROVED application to a batch that offers it.");
    }

    public static DomainException documentNotFound() {
        return DomainException.notFound(DOCUMENT_NOT_FOUND, "This workflow has no such document yet.");
    }

    public static DomainException notAPdf(String field) {
        return new DomainException(ErrorKind.INVALID, NOT_A_PDF, "The " + field + " must be a PDF file.",
                java.util.List.of(new in.mrmentor.shared.FieldError(field, "must be a PDF (starting with %PDF-)")));
    }

    public static DomainException invalidMac() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, INVALID_MAC, "The e-sign callback is not authentic.");
    }

    public static DomainException notConfigured(String what) {
        return new DomainException(ErrorKind.UNAVAILABLE, INTEGRATION_NOT_CONFIGURED, what + " is not configured on this server.");
    }

    public static DomainException providerFailed(String detail) {
        return new DomainException(ErrorKind.UNAVAILABLE, ESIGN_PROVIDER_FAILED, detail);
    }
}
