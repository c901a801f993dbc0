package in.mrmentor.http.identity;

import in.mrmentor.http.Access;
import in.mrmentor.http.ClientAddresses;
import in.mrmentor.http.Input;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.AdmitAuthRequest;
import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.identity.SignInWithGoogle;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.RateLimitedException;

import java.time.Instant;
import java.util.List;

/**
 * API.md "Completing identity": {@code POST /api/auth/google}. Counted against the client address like
 * the password sign-in ({@link PerAddressLimit}): each request may cost a call to Google and a hash.
 */
public final class GoogleSignInRoutes implements RouteGroup {

    /** {@code idToken} from Google Identity Services, or the authorization {@code code} the frontend received. */
    public record GoogleSignInBody(String idToken, String code, String redirectUri, String codeVerifier) {
        @Override
        public String toString() {
            return "GoogleSignInBody[redirectUri=" + redirectUri + ", ********]";
        }
    }

    /** A session as for the password sign-in, and whether this sign-in created the account. */
    public record GoogleSessionJson(IdentityRoutes.UserJson user, String accessToken, Instant accessTokenExpiresAt,
                                    String refreshToken, Instant refreshTokenExpiresAt, boolean created) {
        static GoogleSessionJson of(SignInWithGoogle.Result result) {
            var session = result.session();
            return new GoogleSessionJson(IdentityRoutes.UserJson.of(session.user()), session.accessToken(),
                    session.accessTokenExpiresAt(), session.refreshToken(), session.refreshTokenExpiresAt(),
                    result.created());
        }
    }

    private final SignInWithGoogle signIn;
    private final PerAddressLimit limited;

    public GoogleSignInRoutes(SignInWithGoogle signIn, AdmitAuthRequest admit, ClientAddresses clientAddresses) {
        this.signIn = signIn;
        this.limited = new PerAddressLimit(admit, clientAddresses);
    }

    @Override
    public String tag() {
        return "Identity";
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.post("/api/auth/google", Access.anyone(),
                        "Sign in with a Google ID token or authorization code; a new verified address becomes a student account",
                        limited.handler(ctx -> {
                            var body = Input.json(ctx, GoogleSignInBody.class);
                            ctx.json(GoogleSessionJson.of(signIn.signIn(new SignInWithGoogle.Command(body.idToken(),
                                    body.code(), body.redirectUri(), body.codeVerifier()))));
                        }))
                .withBody(GoogleSignInBody.class)
                .returns(GoogleSessionJson.class)
                .error(ErrorKind.UNAUTHENTICATED, IdentityErrors.INVALID_CREDENTIALS)
                .error(ErrorKind.FORBIDDEN, IdentityErrors.SIGN_IN_METHOD_NOT_ALLOWED)
                .error(ErrorKind.TOO_MANY_REQUESTS, RateLimitedException.CODE)
                .error(ErrorKind.UNAVAILABLE, IdentityErrors.INTEGRATION_NOT_CONFIGURED)
                .error(ErrorKind.UNAVAILABLE, IdentityErrors.IDENTITY_PROVIDER_UNAVAILABLE));
    }
}
