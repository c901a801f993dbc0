package in.mrmentor.external.crypto;

import in.mrmentor.identity.PasswordHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BcryptPasswordHasherTest {
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void aHashMatchesItsPasswordOnly() {
        var hash = hasher.hash("correct horse battery");

        assertThat(hash.value()).startsWith("$2a$04$").doesNotContain("correct horse");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
    }

    @Test
    void productionCostIsTen() {
        assertThat(new BcryptPasswordHasher().hash("x").value()).startsWith("$2a$10$");
    }

    @Test
    void longPasswordsDifferingAfterSeventyTwoBytesStayDifferent() {
        String prefix = "p".repeat(80);
        var hash = hasher.hash(prefix + "A");

        assertThat(hasher.matches(prefix + "A", hash)).isTrue();
        assertThat(hasher.matches(prefix + "B", hash)).isFalse();
    }

    @Test
    void aMalformedStoredHashMatchesNothing() {
        assertThat(hasher.matches("anything", new PasswordHash("not a bcrypt hash"))).isFalse();
    }

    @Test
    void aCostOutsideBcryptsRangeIsRefused() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
