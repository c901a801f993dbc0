package in.mrmentor.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import in.mrmentor.http.json.CanonicalJson;
import in.mrmentor.http.json.Json;
import in.mrmentor.idempotency.IdempotentRequests;
import in.mrmentor.idempotency.RequestFingerprint;
import in.mrmentor.idempotency.StoredResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@code Idempotency-Key} header of API.md for any route that moves tokens or money: wrap the
 * route's handler once and retries get the first answer replayed (same status and body, plus
 * {@code Idempotent-Replayed: true}). A key belongs to its caller; its fingerprint covers the method,
 * the path and the body as canonical JSON, so the same key with any of them different is 422
 * {@code IDEMPOTENCY_KEY_REUSED}, while a retry that only reorders or reformats its JSON is replayed.
 */
public final class Idempotent {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** What a wrapped handler answers: a status and a body to serialise as JSON. */
    public record Reply(int status, Object body) {
        public Reply {
            Objects.requireNonNull(body, "body");
        }
    }

    /** A route's work, producing its answer instead of writing it, so the answer can be stored. */
    @FunctionalInterface
    public interface Work {
        Reply handle(Context ctx);
    }

    /** Admits a request and names the caller its idempotency keys belong to. */
    @FunctionalInterface
    public interface CallerOfRequest {
        String admit(Context ctx);
    }

    /** A handler that honours {@code Idempotency-Key} (what {@link #handler} returns). */
    @FunctionalInterface
    public interface KeyedHandler extends Handler {
    }

    private final IdempotentRequests requests;

    public Idempotent(IdempotentRequests requests) {
        this.requests = requests;
    }

    /**
     * The route's handler, recognisable as one that honours {@code Idempotency-Key}: a {@link Route} built on
     * it documents the header without being told.
     */
    public Handler handler(Work work) {
        return handler(ctx -> Caller.optionalPrincipal(ctx).map(p -> p.userId().toString()).orElse("anonymous"), work);
    }

    /**
     * For callers that are not signed-in users (API.md: on {@code x-api-key} routes a key belongs to the
     * vendor key): {@code caller} admits the request and names who its keys belong to, before the key is
     * looked up, so a refused caller never reaches the stored answers.
     */
    public Handler handler(CallerOfRequest caller, Work work) {
        return (KeyedHandler) ctx -> {
            String scope = caller.admit(ctx);
            String key = ctx.header(HEADER);
            IdempotentRequests.Request request = key == null ? null
                    : new IdempotentRequests.Request(scope, key, fingerprint(ctx));
            var outcome = requests.run(request, () -> {
                Reply reply = work.handle(ctx);
                return new StoredResponse(reply.status(), write(reply.body()));
            });
            if (outcome.replayed()) {
                ctx.header(REPLAYED_HEADER, "true");
            }
            ctx.status(outcome.response().status()).contentType("application/json").result(outcome.response().body());
        };
    }

    private static RequestFingerprint fingerprint(Context ctx) {
        return new RequestFingerprint(ctx.method().name(), ctx.path(), CanonicalJson.of(Input.bodyBytes(ctx)));
    }

    private static String write(Object body) {
        try {
            return new String(Json.mapper().writeValueAsBytes(body), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply could not be written as JSON", e);
        }
    }
}
