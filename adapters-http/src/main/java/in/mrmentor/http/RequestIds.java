package in.mrmentor.http;

import io.javalin.http.Context;
import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives each request an id that every log line of it carries (MDC {@code requestId}) and the client
 * gets back. A client's own id is kept only when it is short and plain, so it cannot forge log lines.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final String MDC_USER = "userId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private RequestIds() {
    }

    static void assign(Context ctx) {
        String offered = ctx.header(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.attribute(Caller.REQUEST_ID, id);
        ctx.header(HEADER, id);
        MDC.remove(MDC_USER);
        MDC.put(MDC_KEY, id);
    }

    /** Runs {@code work} with the MDC of a request that has already left its thread (the access log). */
    static void during(String requestId, in.mrmentor.identity.Principal principal, Runnable work) {
        if (requestId != null) {
            MDC.put(MDC_KEY, requestId);
        }
        if (principal != null) {
            MDC.put(MDC_USER, principal.userId().toString());
        }
        try {
            work.run();
        } finally {
            release();
        }
    }

    static void release() {
        MDC.remove(MDC_KEY);
        MDC.remove(MDC_USER);
    }
}
