package in.mrmentor.identity;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTest {
    private static final Instant CHANGED = Instant.parse("2026-11-23T10:00:00.700Z");

    private static User user() {
        return User.register(UUID.randomUUID(), Email.of("asha@example.in"), "Asha", null, Role.USER,
                new PasswordHash("$2a$10$secret-hash-value"), CHANGED);
    }

    @Test
    void aTokenOfTheCurrentCredentialVersionIsAccepted() {
        var u = user();
        assertThat(u.acceptsToken(u.credentialVersion())).isTrue();
    }

    @Test
    void aPasswordChangeInTheSameSecondStillEndsTheOlderToken() {
        // Issue 11 item 1: the seed compared whole seconds, so a token of the change's own second survived.
        var u = user();
        long tokenVersion = u.credentialVersion();
        var changed = u.withPassword(new PasswordHash("$2a$10$other"), CHANGED.plusMillis(200));

        assertThat(changed.passwordChangedAt()).isEqualTo(CHANGED.plusMillis(200));
        assertThat(changed.acceptsToken(tokenVersion)).isFalse();
        assertThat(changed.acceptsToken(changed.credentialVersion())).as("a token issued right after").isTrue();
    }

    @Test
    void aRoleChangeOrADeactivationEndsTheOlderTokens() {
        var u = user();
        long tokenVersion = u.credentialVersion();

        assertThat(u.withRole(Role.EXPERT).acceptsToken(tokenVersion)).isFalse();
        assertThat(u.withRole(Role.USER)).as("no change, no new version").isEqualTo(u);
        var deactivated = u.withActive(false);
        assertThat(deactivated.acceptsToken(deactivated.credentialVersion())).as("inactive users accept nothing").isFalse();
        var reactivated = deactivated.withActive(true);
        assertThat(reactivated.acceptsToken(tokenVersion)).isFalse();
        assertThat(reactivated.acceptsToken(reactivated.credentialVersion())).isTrue();
    }

    @Test
    void toStringNeverShowsTheHash() {
        assertThat(user().toString()).doesNotContain("secret-hash-value").doesNotContain("$2a$");
        assertThat(new PasswordHash("$2a$10$xyz").toString()).doesNotContain("xyz");
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> User.register(UUID.randomUUID(), Email.of("a@x.in"), " ", null, Role.USER,
                new PasswordHash("h"), CHANGED))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors()).extracting("field").containsExactly("name"));
    }
}
