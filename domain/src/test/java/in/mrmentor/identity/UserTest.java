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
    void tokensIssuedBeforeThePasswordChangeAreRefused() {
        assertThat(user().acceptsTokenIssuedAt(Instant.parse("2026-11-23T09:59:59Z"))).isFalse();
    }

    @Test
    void tokensFromTheSecondOfTheChangeOrLaterAreAccepted() {
        assertThat(user().acceptsTokenIssuedAt(Instant.parse("2026-11-23T10:00:00Z"))).isTrue();
        assertThat(user().acceptsTokenIssuedAt(Instant.parse("2026-11-23T10:05:00Z"))).isTrue();
    }

    @Test
    void anInactiveUserAcceptsNoToken() {
        var u = user();
        var inactive = new User(u.id(), u.email(), u.name(), u.phone(), u.role(), u.passwordHash(),
                u.passwordChangedAt(), u.createdAt(), false);
        assertThat(inactive.acceptsTokenIssuedAt(Instant.parse("2026-11-23T11:00:00Z"))).isFalse();
    }

    @Test
    void changingThePasswordMovesTheCutOff() {
        var later = CHANGED.plusSeconds(3600);
        var changed = user().withPassword(new PasswordHash("$2a$10$other"), later);
        assertThat(changed.passwordChangedAt()).isEqualTo(later);
        assertThat(changed.acceptsTokenIssuedAt(CHANGED.plusSeconds(10))).isFalse();
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
