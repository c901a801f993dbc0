package in.mrmentor.external.crypto;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SecureRandomSecretsTest {
    private final SecureRandomSecrets secrets = new SecureRandomSecrets();

    @Test
    void refreshTokensCarry256BitsInUrlSafeText() {
        assertThat(secrets.refreshToken()).matches("[A-Za-z0-9_-]{43}");
        Set<String> many = IntStream.range(0, 100).mapToObj(i -> secrets.refreshToken()).collect(Collectors.toSet());
        assertThat(many).hasSize(100);
    }

    @Test
    void oneTimeCodesAreSixDigitsWithLeadingZerosKept() {
        IntStream.range(0, 1000).forEach(i -> assertThat(secrets.oneTimeCode()).matches("\\d{6}"));
    }
}
