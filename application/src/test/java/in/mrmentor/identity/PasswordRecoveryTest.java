package in.mrmentor.identity;

import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.shared.DomainException;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Forgotten passwords: {@link RequestPasswordReset} and {@link ResetForgottenPassword} over the in-memory adapters. */
class PasswordRecoveryTest {
    private static final String ASHA = "asha@example.in";
    private static final String OLD_PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "battery staple horse";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-23T10:00:00Z"));
    private final IdentityKit kit = IdentityKit.inMemory(clock);

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private void forgot(String email) {
        kit.requestPasswordReset.request(new RequestPasswordReset.Command(email));
    }

    private void reset(String code, String newPassword) {
        kit.resetForgottenPassword.reset(new ResetForgottenPassword.Command(ASHA, code, newPassword));
    }

    private String mailedCode() {
        OutboxEntry newest = kit.stores.outbox().newest(1).get(0);
        var matcher = CODE.matcher(newest.email().textBody());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String wrongCode(String right) {
        return right.equals("000000") ? "000001" : "000000";
    }

    @Test
    void theMailedCodeSetsANewPasswordAndEndsEveryOlderSession() {
        var session = kit.signUp(ASHA, OLD_PASSWORD);

        forgot("Asha@Example.in");
        var mail = kit.stores.outbox().newest(1).get(0);
        assertThat(mail.email().to()).isEqualTo(ASHA);
        assertThat(mail.email().subject()).containsIgnoringCase("password reset");
        reset(mailedCode(), NEW_PASSWORD);

        assertRefused(() -> kit.authenticate.authenticate(session.accessToken()), "UNAUTHENTICATED");
        assertThatThrownBy(() -> kit.refreshSession.refresh(new RefreshSession.Command(session.refreshToken())))
                .isInstanceOf(DomainException.class);
        assertRefused(() -> kit.logIn.logIn(new LogIn.Command(ASHA, OLD_PASSWORD)), "INVALID_CREDENTIALS");
        var fresh = kit.logIn.logIn(new LogIn.Command(ASHA, NEW_PASSWORD));
        assertThat(kit.authenticate.authenticate(fresh.accessToken()).userId()).isEqualTo(session.user().id());
    }

    @Test
    void aCodeWorksOnce() {
        kit.signUp(ASHA, OLD_PASSWORD);
        forgot(ASHA);
        String code = mailedCode();
        reset(code, NEW_PASSWORD);

        assertRefused(() -> reset(code, "a third password"), "INVALID_OTP");
    }

    @Test
    void anUnknownAddressHearsTheSameAndNothingIsMailed() {
        forgot("nobody@example.in");

        assertThat(kit.stores.outbox().newest(10)).isEmpty();
    }

    @Test
    void aDeactivatedAccountIsMailedNothing() {
        var session = kit.signUp(ASHA, OLD_PASSWORD);
        kit.changeUserAccess.change(Role.SUPERADMIN, session.user().id(), new ChangeUserAccess.Command(false, null, null));

        forgot(ASHA);

        assertThat(kit.stores.outbox().newest(10)).isEmpty();
    }

    @Test
    void theFourthRequestInTheWindowIsAcceptedButMailsNothingUntilTheWindowMoves() {
        kit.signUp(ASHA, OLD_PASSWORD);
        for (int i = 0; i < 3; i++) {
            forgot(ASHA);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(kit.stores.outbox().newest(10)).hasSize(3);

        forgot(ASHA);
        assertThat(kit.stores.outbox().newest(10)).as("past the limit").hasSize(3);

        clock.advance(Duration.ofMinutes(13));
        forgot(ASHA);
        assertThat(kit.stores.outbox().newest(10)).as("the first request left the window").hasSize(4);
    }

    @Test
    void aWrongCodeIsInvalidAndAnExpiredOneToo() {
        kit.signUp(ASHA, OLD_PASSWORD);
        forgot(ASHA);
        String code = mailedCode();

        assertRefused(() -> reset(wrongCode(code), NEW_PASSWORD), "INVALID_OTP");

        clock.advance(OneTimeCode.VALIDITY.plusSeconds(1));
        assertRefused(() -> reset(code, NEW_PASSWORD), "INVALID_OTP");
        kit.logIn.logIn(new LogIn.Command(ASHA, OLD_PASSWORD));
    }

    @Test
    void afterFiveWrongCodesEvenTheRightOneIsThrottledWithARetryAfter() {
        kit.signUp(ASHA, OLD_PASSWORD);
        forgot(ASHA);
        String first = mailedCode();
        for (int i = 0; i < 4; i++) {
            assertRefused(() -> reset(wrongCode(first), NEW_PASSWORD), "INVALID_OTP");
        }
        forgot(ASHA);
        String second = mailedCode();
        assertRefused(() -> reset(wrongCode(second), NEW_PASSWORD), "INVALID_OTP");

        assertThatThrownBy(() -> reset(second, NEW_PASSWORD)).isInstanceOfSatisfying(TooManyAttemptsException.class,
                e -> assertThat(e.retryAfterSeconds()).isBetween(1L, 900L));

        clock.advance(Duration.ofSeconds(901));
        forgot(ASHA);
        reset(mailedCode(), NEW_PASSWORD);
        kit.logIn.logIn(new LogIn.Command(ASHA, NEW_PASSWORD));
    }

    @Test
    void aVerificationCodeCannotResetAPasswordNorAResetCodeVerify() {
        kit.signUp(ASHA, OLD_PASSWORD);
        kit.requestOtp.request(new RequestOtp.Command(ASHA));
        String verification = mailedCode();

        assertRefused(() -> reset(verification, NEW_PASSWORD), "INVALID_OTP");

        forgot(ASHA);
        String resetCode = mailedCode();
        assertRefused(() -> kit.verifyOtp.verify(new VerifyOtp.Command(ASHA, resetCode)), "INVALID_OTP");
        reset(resetCode, NEW_PASSWORD);
    }

    @Test
    void aShortNewPasswordIsRefusedBeforeAnythingIsChecked() {
        assertRefused(() -> reset("123456", "short"), "VALIDATION_FAILED");
    }
}
