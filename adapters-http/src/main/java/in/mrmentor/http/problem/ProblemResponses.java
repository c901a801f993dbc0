package in.mrmentor.http.problem;

import com.fasterxml.jackson.core.JacksonException;
import in.mrmentor.http.json.JsonInputErrors;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.RetryAfter;
import in.mrmentor.shared.port.DatabaseUnreachable;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletionException;

/**
 * The one place an exception becomes an HTTP answer. Business refusals keep their code and fields;
 * the database out of reach is 503 {@code SERVICE_UNAVAILABLE} with {@code Retry-After}; anything
 * else unexpected is a bug: logged with its stack trace, answered with the request id only.
 */
public final class ProblemResponses {
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    public static Problem from(Throwable error, String requestId) {
        Throwable e = unwrap(error);
        if (e instanceof DomainException domain) {
            return fromRefusal(domain, requestId);
        }
        if (e instanceof JacksonException jackson && JsonInputErrors.isClientInput(jackson)) {
            return fromRefusal(JsonInputErrors.toRefusal(jackson), requestId);
        }
        if (e instanceof HttpResponseException http && http.getStatus() >= 400 && http.getStatus() < 500) {
            return fromFramework(http.getStatus(), requestId);
        }
        if (DatabaseUnreachable.causes(e)) {
            // Not a bug and not the caller's fault: the same request succeeds once the database is back.
            LOG.warn("Answered 503: the database cannot be reached ({})", e.getClass().getSimpleName());
            return Problem.of(503, SERVICE_UNAVAILABLE, "The service cannot reach its database right now. Try again shortly.",
                    List.of(), requestId);
        }
        LOG.error("Unexpected failure while serving the request", e);
        return Problem.of(500, INTERNAL_ERROR,
                "Something went wrong on our side. Quote the request id if you report it.", List.of(), requestId);
    }

    /** Seconds the client should wait before trying again, for failures that lift by themselves. */
    public static OptionalLong retryAfterSeconds(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof RetryAfter later) {
            return OptionalLong.of(later.retryAfterSeconds());
        }
        return DatabaseUnreachable.causes(e) ? OptionalLong.of(DatabaseUnreachable.RETRY_AFTER_SECONDS) : OptionalLong.empty();
    }

    public static Problem fromRefusal(DomainException refusal, String requestId) {
        return Problem.of(statusOf(refusal.kind()), refusal.code(), refusal.detail(), refusal.fieldErrors(), requestId,
                refusal.properties());
    }

    /** Statuses Javalin or Jetty decide on their own (no route, wrong method, body too large...). */
    public static Problem fromFramework(int status, String requestId) {
        return switch (status) {
            case 404 -> Problem.of(404, "NOT_FOUND", "There is nothing at this path.", List.of(), requestId);
            case 405 -> Problem.of(405, "METHOD_NOT_ALLOWED", "This path does not accept that method.", List.of(), requestId);
            case 413 -> Problem.of(413, "PAYLOAD_TOO_LARGE", "The request body is larger than this server accepts.",
                    List.of(), requestId);
            case 415 -> Problem.of(415, "UNSUPPORTED_MEDIA_TYPE", "The request body has a content type this route does not accept.",
                    List.of(), requestId);
            case 401 -> Problem.of(401, "UNAUTHENTICATED", "Sign in to use this route.", List.of(), requestId);
            case 403 -> Problem.of(403, "FORBIDDEN", "Your role may not use this route.", List.of(), requestId);
            default -> status >= 500
                    ? Problem.of(status, INTERNAL_ERROR, "Something went wrong on our side.", List.of(), requestId)
                    : Problem.of(status, "BAD_REQUEST", "The request cannot be served as sent.", List.of(), requestId);
        };
    }

    public static int statusOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case PAYMENT_REQUIRED -> 402;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case TOO_MANY_REQUESTS -> 429;
            case UNAVAILABLE -> 503;
        };
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
