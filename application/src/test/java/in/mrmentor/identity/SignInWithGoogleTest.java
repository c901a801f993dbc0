package in.mrmentor.identity;

import in.mrmentor.identity.port.GoogleIdentity;
import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.shared.DomainException;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link SignInWithGoogle} over the in-memory adapters, with a provider whose verdicts the test sets. */
class SignInWithGoogleTest {
    private static final String REDIRECT_URI = "https://mrmentor.in/auth/google/callback";
    private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-23T10:00:00Z"));
    private final IdentityKit kit = IdentityKit.inMemory(clock);
    private final FakeGoogle google = new FakeGoogle();
    private final SignInWithGoogle signIn = kit.googleSignIn(google);

    /** Knows the tokens and codes a test registers; anything else is not valid. */
    private static final class FakeGoogle implements GoogleIdentity {
        final Map<String, GoogleAccount> tokens = new HashMap<>();
        final Map<String, String> codes = new HashMap<>();
        boolean configured = true;

        String tokenFor(String email, boolean verified, String name) {
            String token = "token-" + tokens.size();
            tokens.put(token, new GoogleAccount("sub-" + tokens.size(), email, verified, name));
            return token;
        }

        @Override
        public boolean isConfigured() {
            return configured;
        }

        @Override
        public Optional<String> redirectUri() {
            return Optional.of(REDIRECT_URI);
        }

        @Override
        public Optional<GoogleAccount> verify(String idToken) {
            return Optional.ofNullable(tokens.get(idToken));
        }

        @Override
        public Optional<String> exchange(String code, String redirectUri, String codeVerifier) {
            return Optional.ofNullable(codes.get(code));
        }
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private SignInWithGoogle.Result withToken(String token) {
        return signIn.signIn(new SignInWithGoogle.Command(token, null, null, null));
    }

    @Test
    void aNewVerifiedAddressBecomesAStudentSignedUpLikeAnyOther() {
        var result = withToken(google.tokenFor("Asha@Example.in", true, "Asha Rao"));

        assertThat(result.created()).isTrue();
        assertThat(result.session().user().email()).isEqualTo("asha@example.in");
        assertThat(result.session().user().name()).isEqualTo("Asha Rao");
        assertThat(result.session().user().role()).isEqualTo(Role.USER);
        assertThat(kit.newUsers).containsExactly(new NewUserHook.NewUser(result.session().user().id(), Role.USER,
                NewUserHook.Origin.SIGNUP));
        assertThat(kit.authenticate.authenticate(result.session().accessToken()).userId())
                .isEqualTo(result.session().user().id());
        assertThat(kit.stores.logs().newestFor("asha@example.in", 1).get(0).event()).isEqualTo(LoginEvent.GOOGLE_SIGNUP);
    }

    @Test
    void anExistingAccountIsLinkedByItsAddress() {
        var existing = kit.signUp("asha@example.in", "correct horse battery");

        var result = withToken(google.tokenFor("asha@example.in", true, "Someone Else"));

        assertThat(result.created()).isFalse();
        assertThat(result.session().user().id()).isEqualTo(existing.user().id());
        assertThat(result.session().user().name()).as("the profile is not overwritten").isEqualTo("Asha Rao");
        assertThat(kit.newUsers).hasSize(1);
    }

    @Test
    void anAddressGoogleHasNotVerifiedIsRefusedAndCreatesNothing() {
        kit.signUp("asha@example.in", "correct horse battery");

        assertRefused(() -> withToken(google.tokenFor("asha@example.in", false, "Mallory")), "INVALID_CREDENTIALS");
        assertRefused(() -> withToken(google.tokenFor("bob@example.in", false, "Bob")), "INVALID_CREDENTIALS");
        assertThat(kit.stores.users().findByEmail(Email.of("bob@example.in"))).isEmpty();
    }

    @Test
    void anUnknownTokenIsInvalidCredentials() {
        assertRefused(() -> withToken("forged"), "INVALID_CREDENTIALS");
    }

    @Test
    void administratorsSignInWithTheirPasswordOnly() {
        for (Role role : new Role[]{Role.ADMIN, Role.SUPERADMIN}) {
            String email = role.name().toLowerCase() + "@example.in";
            kit.createUser.create(Role.SUPERADMIN, new CreateUser.Command(email, "admin password", "Ops", role, null));

            assertRefused(() -> withToken(google.tokenFor(email, true, "Ops")), "SIGN_IN_METHOD_NOT_ALLOWED");
            assertThat(kit.stores.logs().newestFor(email, 1).get(0).event()).isEqualTo(LoginEvent.GOOGLE_REFUSED);
        }
    }

    @Test
    void aDeactivatedAccountIsRefused() {
        var existing = kit.signUp("asha@example.in", "correct horse battery");
        kit.changeUserAccess.change(Role.ADMIN, existing.user().id(), new ChangeUserAccess.Command(false, null, null));

        assertRefused(() -> withToken(google.tokenFor("asha@example.in", true, "Asha")), "SIGN_IN_METHOD_NOT_ALLOWED");
    }

    @Test
    void aCodeIsTradedWhenItComesWithTheConfiguredRedirectUri() {
        google.codes.put("the-code", google.tokenFor("asha@example.in", true, "Asha"));

        var result = signIn.signIn(new SignInWithGoogle.Command(null, "the-code", REDIRECT_URI, null));

        assertThat(result.session().user().email()).isEqualTo("asha@example.in");
        assertRefused(() -> signIn.signIn(new SignInWithGoogle.Command(null, "unknown-code", REDIRECT_URI, null)),
                "INVALID_CREDENTIALS");
    }

    @Test
    void anyOtherRedirectUriIsABadRequest() {
        google.codes.put("the-code", google.tokenFor("asha@example.in", true, "Asha"));

        assertRefused(() -> signIn.signIn(new SignInWithGoogle.Command(null, "the-code", REDIRECT_URI + "/", null)),
                "VALIDATION_FAILED");
        assertRefused(() -> signIn.signIn(new SignInWithGoogle.Command(null, "the-code", "https://evil.example/cb", null)),
                "VALIDATION_FAILED");
    }

    @Test
    void withoutAClientIdTheRouteIsNotConfigured() {
        google.configured = false;

        assertRefused(() -> withToken(google.tokenFor("asha@example.in", true, "Asha")), "INTEGRATION_NOT_CONFIGURED");
    }

    @Test
    void theCommandWantsATokenOrACodeWithItsRedirectUri() {
        assertRefused(() -> new SignInWithGoogle.Command(null, null, null, null), "VALIDATION_FAILED");
        assertRefused(() -> new SignInWithGoogle.Command("token", "code", REDIRECT_URI, null), "VALIDATION_FAILED");
        assertRefused(() -> new SignInWithGoogle.Command(null, "code", null, null), "VALIDATION_FAILED");
        assertRefused(() -> new SignInWithGoogle.Command(null, "code", REDIRECT_URI, "short"), "VALIDATION_FAILED");
    }

    @Test
    void aNameWithControlCharactersOrNoneAtAllStillMakesAProfileName() {
        var account = new GoogleIdentity.GoogleAccount("s", "x@example.in", true, "Asha\u0000Rao");
        assertThat(SignInWithGoogle.displayName(account, Email.of("x@example.in"))).isEqualTo("Asha Rao");
        var nameless = new GoogleIdentity.GoogleAccount("s", "x@example.in", true, null);
        assertThat(SignInWithGoogle.displayName(nameless, Email.of("x@example.in"))).isEqualTo("x");
        var long_ = new GoogleIdentity.GoogleAccount("s", "x@example.in", true, "a".repeat(500));
        assertThat(SignInWithGoogle.displayName(long_, Email.of("x@example.in"))).hasSize(User.MAX_NAME_LENGTH);
    }
}
