package in.mrmentor.identity;

import in.mrmentor.identity.port.GoogleIdentity;
import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.identity.port.RandomSecrets;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.Objects;

/**
 * Sign-in with Google (seed: the frontend receives Google's callback at {@code GOOGLE_REDIRECT_URI} and
 * hands over an ID token, or the authorization code, which is traded with the client secret here).
 * The verified e-mail address links to the account that has it; an unknown address becomes a new
 * student account through the sign-up path (wallets, starter bundle). Administrators sign in with
 * their password (or the master login) only, and deactivated accounts not at all: both 403
 * {@code SIGN_IN_METHOD_NOT_ALLOWED}. Every token problem, and an address Google has not verified, is
 * 401 {@code INVALID_CREDENTIALS}: an unverified address must never take over the account that owns it.
 */
public final class SignInWithGoogle {
    static final int MAX_TOKEN_LENGTH = 8192;
    static final int MAX_CODE_LENGTH = 2048;

    /** Either {@code idToken}, or {@code code} with {@code redirectUri} (and the PKCE {@code codeVerifier} if used). */
    public record Command(String idToken, String code, String redirectUri, String codeVerifier) {
        public Command {
            boolean hasToken = idToken != null && !idToken.isBlank();
            boolean hasCode = code != null && !code.isBlank();
            var validation = new Validation()
                    .require(hasToken || hasCode, "idToken", "give either idToken or code")
                    .require(!(hasToken && hasCode), "code", "give either idToken or code, not both")
                    .require(idToken == null || idToken.length() <= MAX_TOKEN_LENGTH, "idToken", "is too long")
                    .require(code == null || code.length() <= MAX_CODE_LENGTH, "code", "is too long")
                    .require(!hasCode || (redirectUri != null && !redirectUri.isBlank()), "redirectUri",
                            "is required with code")
                    .require(redirectUri == null || redirectUri.length() <= MAX_CODE_LENGTH, "redirectUri", "is too long")
                    // RFC 7636: 43 to 128 characters of [A-Za-z0-9-._~].
                    .require(codeVerifier == null || codeVerifier.matches("[A-Za-z0-9\\-._~]{43,128}"), "codeVerifier",
                            "must be 43 to 128 characters of A-Z, a-z, 0-9, -, ., _, ~");
            validation.orThrow();
        }

        @Override
        public String toString() {
            return "SignInWithGoogle.Command[idToken=" + (idToken == null ? null : "********") + ", code="
                    + (code == null ? null : "********") + ", redirectUri=" + redirectUri + "]";
        }
    }

    /** The session, and whether this sign-in created the account. */
    public record Result(Session session, boolean created) {
        public Result {
            Objects.requireNonNull(session, "session");
        }
    }

    private sealed interface Outcome {
        Result result();
    }

    private record SignedIn(Result result) implements Outcome {
    }

    private record NotAllowed() implements Outcome {
        @Override
        public Result result() {
            throw IdentityErrors.signInMethodNotAllowed();
        }
    }

    private final GoogleIdentity google;
    private final Users users;
    private final PasswordHasher hasher;
    private final RandomSecrets secrets;
    private final SessionIssuer sessions;
    private final NewUserHook newUserHook;
    private final LoginLogWriter log;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public SignInWithGoogle(GoogleIdentity google, Users users, PasswordHasher hasher, RandomSecrets secrets,
                            SessionIssuer sessions, NewUserHook newUserHook, LoginLogWriter log,
                            Transactions transactions, Clock clock, Ids ids) {
        this.google = google;
        this.users = users;
        this.hasher = hasher;
        this.secrets = secrets;
        this.sessions = sessions;
        this.newUserHook = newUserHook;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @throws in.mrmentor.shared.DomainException 503 {@code INTEGRATION_NOT_CONFIGURED} without {@code GOOGLE_CLIENT_ID};
     *         400 {@code VALIDATION_FAILED} for a redirect URI other than the configured one; 401
     *         {@code INVALID_CREDENTIALS} for a bad token or code; 403 {@code SIGN_IN_METHOD_NOT_ALLOWED}
     */
    public Result signIn(Command command) {
        if (!google.isConfigured()) {
            throw IdentityErrors.googleNotConfigured();
        }
        String idToken = command.idToken();
        if (idToken == null || idToken.isBlank()) {
            String expected = google.redirectUri().orElseThrow(IdentityErrors::googleNotConfigured);
            if (!expected.equals(command.redirectUri())) {
                throw Validation.invalid("redirectUri", "must be the redirect URI this server is configured with");
            }
            idToken = google.exchange(command.code(), command.redirectUri(), command.codeVerifier())
                    .orElseThrow(IdentityErrors::googleSignInRefused);
        }
        var account = google.verify(idToken.strip())
                .filter(GoogleIdentity.GoogleAccount::emailVerified)
                .filter(verified -> Email.isValid(verified.email()))
                .orElseThrow(IdentityErrors::googleSignInRefused);
        var email = Email.of(account.email());
        // Hashing is slow on purpose: only for a new account, and before the transaction. The password is
        // random and never shown; the owner signs in with Google, or sets one through "forgot password".
        PasswordHash unusable = users.findByEmail(email).isPresent() ? null : hasher.hash(secrets.refreshToken());
        Outcome outcome;
        try {
            outcome = signInOrCreate(account, email, unusable);
        } catch (DomainException taken) {
            if (!IdentityErrors.EMAIL_TAKEN.equals(taken.code())) {
                throw taken;
            }
            // A concurrent first sign-in with the same address created the account first: link to it.
            outcome = signInOrCreate(account, email, unusable);
        }
        return outcome.result();
    }

    private Outcome signInOrCreate(GoogleIdentity.GoogleAccount account, Email email, PasswordHash unusable) {
        return transactions.inTransaction(() -> {
            var existing = users.findByEmail(email);
            if (existing.isPresent()) {
                var user = existing.get();
                if (!user.active() || UserAccessPolicy.isPrivileged(user.role())) {
                    log.write(user, LoginEvent.GOOGLE_REFUSED);
                    return new NotAllowed();
                }
                log.write(user, LoginEvent.GOOGLE_LOGIN);
                return new SignedIn(new Result(sessions.startFamily(user), false));
            }
            var hash = unusable != null ? unusable : hasher.hash(secrets.refreshToken());
            var user = User.register(ids.next(), email, displayName(account, email), null, Role.USER, hash,
                    clock.instant());
            users.add(user);
            newUserHook.created(new NewUserHook.NewUser(user.id(), user.role(), NewUserHook.Origin.SIGNUP));
            log.write(user, LoginEvent.GOOGLE_SIGNUP);
            return new SignedIn(new Result(sessions.startFamily(user), true));
        });
    }

    /** Google's {@code name} claim as a profile name: control characters dropped, cut to length, else the address's local part. */
    static String displayName(GoogleIdentity.GoogleAccount account, Email email) {
        String name = account.name() == null ? "" : account.name().replaceAll("\\p{Cntrl}", " ").strip();
        if (name.isEmpty()) {
            name = email.value().substring(0, email.value().indexOf('@'));
        }
        return name.length() > User.MAX_NAME_LENGTH ? name.substring(0, User.MAX_NAME_LENGTH).strip() : name;
    }
}
