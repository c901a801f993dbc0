package in.mrmentor.hiring;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

/** The hiring context's refusals and their stable codes. */
public final class HiringErrors {
    public static final String JOB_POST_NOT_FOUND = "JOB_POST_NOT_FOUND";
    public static final String APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND";
    public static final String JOB_CLOSED = "JOB_CLOSED";
    public static final String JOB_NOT_OPEN = "JOB_NOT_OPEN";
    public static final String INVALID_TRANSITION = "INVALID_TRANSITION";
    public static final String DUPLICATE_APPLICATION = "DUPLICATE_APPLICATION";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String QUIZ_TEMPLATE_NOT_FOUND = "QUIZ_TEMPLATE_NOT_FOUND";
    public static final String QUIZ_LINK_INVALID = "QUIZ_LINK_INVALID";
    public static final String QUIZ_LINK_EXPIRED = "QUIZ_LINK_EXPIRED";
    public static final String QUIZ_ALREADY_SUBMITTED = "QUIZ_ALREADY_SUBMITTED";
    public static final String INTEGRATION_NOT_CONFIGURED = "INTEGRATION_NOT_CONFIGURED";
    public static final String INVALID_SIGNATURE = "INVALID_SIGNATURE";
    public static final String SALARY_BENCHMARK_NOT_FOUND = "SALARY_BENCHMARK_NOT_FOUND";

    private HiringErrors() {
    }

    public static DomainException jobPostNotFound() {
        return DomainException.notFound(JOB_POST_NOT_FOUND, "No such job post.");
    }

    public static DomainException applicationNotFound() {
        return DomainException.notFound(APPLICATION_NOT_FOUND, "No such application.");
    }

    public static DomainException jobClosed() {
        return DomainException.conflict(JOB_CLOSED, "A closed job post cannot be edited.");
    }

    public static DomainException jobNotOpen() {
        return DomainException.conflict(JOB_NOT_OPEN, "This job post does not take applications.");
    }

    public static DomainException invalidTransition(String from, String to) {
        return DomainException.conflict(INVALID_TRANSITION, "The lifecycle does not allow " + from + " -> " + to + ".");
    }

    public static DomainException unsupportedResume() {
        return new DomainException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_MEDIA_TYPE,
                "A resume is a PDF or plain text file.");
    }

    public static DomainException resumeTooLarge(long maxBytes) {
        return new DomainException(ErrorKind.TOO_LARGE, PAYLOAD_TOO_LARGE,
                "A resume may be at most " + (maxBytes / (1024 * 1024)) + " MB.");
    }

    public static DomainException quizTemplateNotFound() {
        return DomainException.notFound(QUIZ_TEMPLATE_NOT_FOUND, "No such quiz template.");
    }

    public static DomainException quizLinkInvalid() {
        return DomainException.notFound(QUIZ_LINK_INVALID, "This quiz link is not valid.");
    }

    public static DomainException quizLinkExpired() {
        return new DomainException(ErrorKind.GONE, QUIZ_LINK_EXPIRED, "This quiz link has expired.");
    }

    public static DomainException quizAlreadySubmitted() {
        return DomainException.conflict(QUIZ_ALREADY_SUBMITTED, "This quiz was already submitted.");
    }

    public static DomainException notConfigured(String what) {
        return new DomainException(ErrorKind.UNAVAILABLE, INTEGRATION_NOT_CONFIGURED,
                what + " is not configured on this server.");
    }

    public static DomainException invalidSignature() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, INVALID_SIGNATURE, "The event's signature does not match.");
    }

    public static DomainException salaryBenchmarkNotFound() {
        return DomainException.notFound(SALARY_BENCHMARK_NOT_FOUND, "No salary benchmark for this role and location.");
    }
}
