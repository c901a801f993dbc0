package in.mrmentor.identity;

import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.shared.DomainException;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OtpAndMasterLoginTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-23T10:00:00Z"));
    private final IdentityKit kit = IdentityKit.inMemory(clock, IdentityKit.masterCredentials());

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private String mailedCode() {
        OutboxEntry newest = kit.stores.outbox().newest(1).get(0);
        var matcher = CODE.matcher(newest.email().textBody());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private void verify(String code) {
        kit.verifyOtp.verify(new VerifyOtp.Command("asha@example.in", code));
    }

    private static String wrongCode(String right) {
        return right.equals("000000") ? "000001" : "000000";
    }

    @Test
    void aRequestedCodeIsMailedAndVerifiesOnce() {
        kit.signUp("asha@example.in", PASSWORD);

        kit.requestOtp.request(new RequestOtp.Command("Asha@Example.in"));

        var mail = kit.stores.outbox().newest(1).get(0);
        assertThat(mail.email().to()).isEqualTo("asha@example.in");
        assertThat(mail.status()).isEqualTo(OutboxEntry.Status.PENDING);
        String code = mailedCode();
        verify(code);
        assertRefused(() -> verify(code), "INVALID_OTP");
    }

    @Test
    void anUnknownAddressHearsTheSameAndNothingIsMailed() {
        kit.requestOtp.request(new RequestOtp.Command("nobody@example.in"));

        assertThat(kit.stores.outbox().newest(10)).isEmpty();
        assertRefused(() -> kit.verifyOtp.verify(new VerifyOtp.Command("nobody@example.in", "123456")), "INVALID_OTP");
    }

    @Test
    void theFifthWrongGuessBurnsTheCode() {
        kit.signUp("asha@example.in", PASSWORD);
        kit.requestOtp.request(new RequestOtp.Command("asha@example.in"));
        String code = mailedCode();

        for (int i = 0; i < 5; i++) {
            assertRefused(() -> verify(wrongCode(code)), "INVALID_OTP");
        }

        assertRefused(() -> verify(code), "INVALID_OTP");
    }

    @Test
    void fourWrongGuessesStillLeaveTheRightOne() {
        kit.signUp("asha@example.in", PASSWORD);
        kit.requestOtp.request(new RequestOtp.Command("asha@example.in"));
        String code = mailedCode();

        for (int i = 0; i < 4; i++) {
            assertRefused(() -> verify(wrongCode(code)), "INVALID_OTP");
        }

        verify(code);
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        kit.signUp("asha@example.in", PASSWORD);
        kit.requestOtp.request(new RequestOtp.Command("asha@example.in"));
        String code = mailedCode();

        clock.advance(Duration.ofMinutes(10));

        assertRefused(() -> verify(code), "INVALID_OTP");
    }

    @Test
    void aNewCodeReplacesTheOld() {
        kit.signUp("asha@example.in", PASSWORD);
        kit.requestOtp.request(new RequestOtp.Command("asha@example.in"));
        String first = mailedCode();
        kit.requestOtp.request(new RequestOtp.Command("asha@example.in"));
        String second = mailedCode();

        if (!first.equals(second)) {
            assertRefused(() -> verify(first), "INVALID_OTP");
        }
        verify(second);
    }

    @Test
    void codesAreHashedAtRest() {
        kit.signUp("asha@example.in", PASSWORD);
        kit.requestOtp.request(new RequestOtp.Command("asha@example.in"));
        String code = mailedCode();

        var stored = kit.stores.transactions().inTransaction(() -> kit.stores.codes().lockFor(Email.of("asha@example.in")))
                .orElseThrow();
        assertThat(stored.codeHash().value()).doesNotContain(code).startsWith(FakePasswordHasher.PREFIX);
    }

    private String currentTotp() {
        byte[] key = Base32.decode(IdentityKit.MASTER_TOTP_SECRET);
        long counter = Totp.counterAt(clock.instant());
        return Totp.codeFrom(new JavaxHmacSha1().sign(key, Totp.counterBytes(counter)));
    }

    @Test
    void theMasterPasswordAndACurrentTotpSignInAsAnyoneAndAreAudited() {
        var asha = kit.signUp("asha@example.in", PASSWORD);

        var session = kit.masterLogin.logIn(
                new MasterLogin.Command("asha@example.in", IdentityKit.MASTER_PASSWORD, currentTotp()));

        assertThat(session.user().id()).isEqualTo(asha.user().id());
        assertThat(kit.stores.logs().newestFor("asha@example.in", 1)).extracting(LoginLog::event)
                .containsExactly(LoginEvent.MASTER_LOGIN);
    }

    @Test
    void aTotpFromTheNextStepIsAcceptedButNotTwoStepsAway() {
        kit.signUp("asha@example.in", PASSWORD);
        String code = currentTotp();

        clock.advance(Duration.ofSeconds(30));
        assertThat(kit.masterLogin.logIn(new MasterLogin.Command("asha@example.in", IdentityKit.MASTER_PASSWORD, code)))
                .isNotNull();
        clock.advance(Duration.ofSeconds(30));
        assertRefused(() -> kit.masterLogin.logIn(
                new MasterLogin.Command("asha@example.in", IdentityKit.MASTER_PASSWORD, code)), "INVALID_CREDENTIALS");
    }

    @Test
    void aWrongMasterPasswordOrTotpIsRefusedAndAudited() {
        kit.signUp("asha@example.in", PASSWORD);

        assertRefused(() -> kit.masterLogin.logIn(
                new MasterLogin.Command("asha@example.in", "not the master", currentTotp())), "INVALID_CREDENTIALS");
        assertRefused(() -> kit.masterLogin.logIn(new MasterLogin.Command("asha@example.in",
                IdentityKit.MASTER_PASSWORD, wrongCode(currentTotp()))), "INVALID_CREDENTIALS");

        assertThat(kit.stores.logs().newestFor("asha@example.in", 2)).extracting(LoginLog::event)
                .containsOnly(LoginEvent.MASTER_LOGIN_FAILED);
    }

    @Test
    void masterAttemptsShareOneThrottleWhateverAddressTheyName() {
        for (int i = 0; i < 5; i++) {
            String email = "target" + i + "@example.in";
            assertRefused(() -> kit.masterLogin.logIn(new MasterLogin.Command(email, "guess", "123456")),
                    "INVALID_CREDENTIALS");
        }
        kit.signUp("asha@example.in", PASSWORD);

        assertRefused(() -> kit.masterLogin.logIn(
                new MasterLogin.Command("asha@example.in", IdentityKit.MASTER_PASSWORD, currentTotp())),
                "TOO_MANY_ATTEMPTS");
    }

    @Test
    void withoutBothSettingsTheMasterLoginDoesNotExist() {
        var plain = IdentityKit.inMemory(clock);
        assertThat(MasterCredentials.of(IdentityKit.MASTER_PASSWORD, "")).isEmpty();
        assertThat(MasterCredentials.of(null, IdentityKit.MASTER_TOTP_SECRET)).isEmpty();
        assertThat(plain.masterLogin.isEnabled()).isFalse();

        assertRefused(() -> plain.masterLogin.logIn(
                new MasterLogin.Command("asha@example.in", IdentityKit.MASTER_PASSWORD, "123456")), "NOT_FOUND");
    }

    @Test
    void aMalformedTotpSecretStopsStartUpAndSecretsAreNeverPrinted() {
        assertThatThrownBy(() -> MasterCredentials.of("pw", "not base32!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("not base32!");
        Optional<MasterCredentials> master = IdentityKit.masterCredentials();
        assertThat(master.orElseThrow().toString()).doesNotContain(IdentityKit.MASTER_PASSWORD)
                .doesNotContain(IdentityKit.MASTER_TOTP_SECRET);
    }
}
