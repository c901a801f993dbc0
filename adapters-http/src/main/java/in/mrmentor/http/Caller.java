package in.mrmentor.http;

import in.mrmentor.identity.Principal;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Platform;
import io.javalin.http.Context;

import java.util.Optional;

/** Who is calling: what the server's before-handlers established about the request, for handlers to read. */
public final class Caller {
    static final String PRINCIPAL = "mas.principal";
    static final String PLATFORM = "mas.platform";
    static final String REQUEST_ID = "mas.requestId";

    private Caller() {
    }

    /** The signed-in user; on a route that requires one this is always present. */
    public static Principal principal(Context ctx) {
        return optionalPrincipal(ctx).orElseThrow(() -> new DomainException(ErrorKind.UNAUTHENTICATED,
                "UNAUTHENTICATED", "Sign in to use this route."));
    }

    /** The signed-in user if the request carried a valid token (public routes are not checked). */
    public static Optional<Principal> optionalPrincipal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /** The tenant named by {@code x-platform}, {@link Platform#MR_MENTOR} when absent. */
    public static Platform platform(Context ctx) {
        Platform platform = ctx.attribute(PLATFORM);
        return platform == null ? Platform.defaultPlatform() : platform;
    }

    public static String requestId(Context ctx) {
        return ctx.attribute(REQUEST_ID);
    }
}
