package in.mrmentor.pap;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    public static final String SEATED_THROUGH_PAP = "SEATED_THROUGH_PAP";

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

    /** The program routes may not seat this workflow's student (see {@link PapSeatingPolicy}); names the route that does. */
    public static DomainException seatedThroughPap(PapWorkflow workflow) {
        String routes = "/api/admin/pap/workflows/" + workflow.id();
        String detail;
        if (workflow.awaitsSeat()) {
            detail = "This student paid the upfront fee through PAP workflow " + workflow.id() + ", which waits for a "
                    + "seat: seat them with POST " + routes + "/enroll {batchId?}, which enrolls the application and the "
                    + "workflow together.";
        } else if (workflow.status() == PapStatus.PENDING_PAP_APPROVAL) {
            detail = "This application belongs to PAP workflow " + workflow.id() + ", which waits for pay-after-placement "
                    + "approval: POST " + routes + "/approve-pap seats the student and enrolls the workflow together.";
        } else {
            detail = "This application belongs to PAP workflow " + workflow.id() + " (" + workflow.status() + "), which "
                    + "seats the student itself: when pay-after-placement is approved (POST " + routes + "/approve-pap), "
                    + "or when the upfront fee is paid (and, if the batch was full then, POST " + routes + "/enroll).";
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("workflowId", workflow.id().toString());
        facts.put("workflowStatus", workflow.status().name());
        return new DomainException(ErrorKind.CONFLICT, SEATED_THROUGH_PAP, detail, List.of(), facts);
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
