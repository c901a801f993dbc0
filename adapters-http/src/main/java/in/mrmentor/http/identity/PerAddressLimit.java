package in.mrmentor.http.identity;

import in.mrmentor.http.ClientAddresses;
import in.mrmentor.identity.AdmitAuthRequest;
import in.mrmentor.shared.RateLimitedException;
import io.javalin.http.Handler;

/**
 * Wraps the public routes that cost a password hash: each request counts against its client address
 * before anything else is read, and answers with API.md's {@code RateLimit-*} headers either way.
 */
final class PerAddressLimit {
    private final AdmitAuthRequest admit;
    private final ClientAddresses addresses;

    PerAddressLimit(AdmitAuthRequest admit, ClientAddresses addresses) {
        this.admit = admit;
        this.addresses = addresses;
    }

    Handler handler(Handler route) {
        return ctx -> {
            var quota = admit.admit(addresses.of(ctx));
            ctx.header("RateLimit-Limit", String.valueOf(quota.limit()));
            ctx.header("RateLimit-Remaining", String.valueOf(quota.remaining()));
            ctx.header("RateLimit-Reset", String.valueOf(quota.resetSeconds()));
            if (!quota.admitted()) {
                throw new RateLimitedException(quota);
            }
            route.handle(ctx);
        };
    }
}
