package in.mrmentor.external.crypto;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesGcmSecretCipherTest {
    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher("a-platform-encryption-key");

    @Test
    void aSealedValueOpensToTheOriginal() {
        String sealed = cipher.seal("leegality-token-ünïcode");

        assertThat(sealed).startsWith("v1:").doesNotContain("leegality");
        assertThat(cipher.open(sealed)).isEqualTo("leegality-token-ünïcode");
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentCiphertexts() {
        assertThat(cipher.seal("same")).isNotEqualTo(cipher.seal("same"));
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = cipher.seal("secret");

        assertThatThrownBy(() -> new AesGcmSecretCipher("a-different-platform-key").open(sealed))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SECRET_UNREADABLE"));
    }

    @Test
    void aTamperedCiphertextIsRefusedInsteadOfYieldingGarbage() {
        byte[] bytes = Base64.getDecoder().decode(cipher.seal("secret").substring(3));
        bytes[bytes.length / 2] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> cipher.open("plain text")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> cipher.open("v1:!!!")).isInstanceOf(DomainException.class);
    }

    @Test
    void shortKeysAreRefusedAndTheKeyNeverPrints() {
        assertThatThrownBy(() -> new AesGcmSecretCipher("short")).isInstanceOf(IllegalArgumentException.class);
        assertThat(cipher.toString()).doesNotContain("a-platform-encryption-key");
    }
}
