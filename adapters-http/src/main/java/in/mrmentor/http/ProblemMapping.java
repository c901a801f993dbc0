package in.mrmentor.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import in.mrmentor.http.json.Json;
import in.mrmentor.http.problem.Problem;
import in.mrmentor.http.problem.ProblemResponses;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRouting;

/** Installs problem+json as the answer to every failure: thrown by a handler, or a bodyless error status. */
final class ProblemMapping {
    /** The {@code code} of the problem answered, for the access log and the problem counter. */
    static final String PROBLEM_CODE = "mas.problemCode";

    private ProblemMapping() {
    }

    static void installOn(JavalinDefaultRouting router) {
        router.exception(HttpResponseException.class,
                (e, ctx) -> respond(ctx, ProblemResponses.from(e, Caller.requestId(ctx))));
        router.exception(Exception.class, (e, ctx) -> {
            ProblemResponses.retryAfterSeconds(e).ifPresent(seconds -> ctx.header("Retry-After", String.valueOf(seconds)));
            respond(ctx, ProblemResponses.from(e, Caller.requestId(ctx)));
        });
        for (int status = 400; status < 600; status++) {
            router.error(status, "*", ProblemMapping::problemIfBodyless);
        }
    }

    /** Status set by a handler or the framework without a body still answers with a problem. */
    private static void problemIfBodyless(Context ctx) {
        if (ctx.resultInputStream() == null) {
            respond(ctx, ProblemResponses.fromFramework(ctx.statusCode(), Caller.requestId(ctx)));
        }
    }

    private static void respond(Context ctx, Problem problem) {
        String body;
        try {
            body = Json.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body could not be written", e);
        }
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ctx.attribute(PROBLEM_CODE, problem.code());
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(body);
    }
}
