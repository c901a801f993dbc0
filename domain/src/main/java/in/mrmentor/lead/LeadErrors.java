package in.mrmentor.lead;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

import java.util.UUID;
import java.util.Map;
import java.util.List;

/** The stable codes of the CRM's refusals (CRM.md). */
public final class LeadErrors {
    public static final String LEAD_NOT_FOUND = "LEAD_NOT_FOUND";
    public static final String DUPLICATE_LEAD = "DUPLICATE_LEAD";
    public static final String INVALID_TRANSITION = "INVALID_TRANSITION";
    public static final String ALREADY_DONE = "ALREADY_DONE";
    public static final String ALREADY_DECIDED = "ALREADY_DECIDED";
    public static final String FOLLOW_UP_NOT_FOUND = "FOLLOW_UP_NOT_FOUND";
    public static final String APPROVAL_NOT_FOUND = "APPROVAL_NOT_FOUND";
    public static final String IMPORT_NOT_FOUND = "IMPORT_NOT_FOUND";
    public static final String CAMPAIGN_NOT_FOUND = "CAMPAIGN_NOT_FOUND";
    public static final String CAMPAIGN_EXISTS = "CAMPAIGN_EXISTS";
    public static final String USER_NOT_FOUND = "USER_NOT_FOUND";
    public static final String NOT_SALES_HEAD = "NOT_SALES_HEAD";
    public static final String INVALID_API_KEY = "INVALID_API_KEY";
    public static final String VENDOR_KEY_NOT_FOUND = "VENDOR_KEY_NOT_FOUND";
    public static final String VENDOR_LEAD_NOT_FOUND = "VENDOR_LEAD_NOT_FOUND";
    public static final String INTEGRATION_NOT_CONFIGURED = "INTEGRATION_NOT_CONFIGURED";

    private LeadErrors() {
    }

    /** The same answer for "no such lead" and "not yours", so ids leak nothing (CRM.md "Who"). */
    public static DomainException leadNotFound() {
        return DomainException.notFound(LEAD_NOT_FOUND, "No such lead.");
    }

    public static DomainException duplicate(UUID existingLeadId) {
        return new DuplicateLeadException(existingLeadId);
    }

    public static DomainException invalidTransition(Enum<?> from, Enum<?> to) {
        return DomainException.conflict(INVALID_TRANSITION, "Cannot move from " + from + " to " + to + ".");
    }

    public static DomainException notSalesHead() {
        return DomainException.forbidden(NOT_SALES_HEAD, "Only the sales head of the team or an administrator may do this.");
    }

    public static DomainException invalidApiKey() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, INVALID_API_KEY, "The API key is missing or not valid.");
    }

    /** 409 {@code DUPLICATE_LEAD} carrying the lead the new one would have duplicated. */
    public static final class DuplicateLeadException extends DomainException {
        private static final long serialVersionUID = 1L;
        private final UUID existingLeadId;

        public DuplicateLeadException(UUID existingLeadId) {
            // CRM.md: the 409 names the lead the new one would duplicate, so a client can open it instead.
            super(ErrorKind.CONFLICT, DUPLICATE_LEAD, "A lead with this phone or e-mail exists already.", List.of(),
                    existingLeadId == null ? Map.of() : Map.of("existingLeadId", existingLeadId.toString()));
            this.existingLeadId = existingLeadId;
        }

        public UUID existingLeadId() {
            return existingLeadId;
        }
    }
}
