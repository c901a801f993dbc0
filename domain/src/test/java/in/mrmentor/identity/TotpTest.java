package in.mrmentor.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 6238 appendix B (SHA-1 rows, last six digits) and RFC 4648 section 10. */
class TotpTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    // The test may use javax.crypto; the production domain code may not, which is why Totp takes a digest.
    private static byte[] hmacSha1(byte[] key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        return mac.doFinal(message);
    }

    @ParameterizedTest
    @CsvSource({
            "59, 287082",
            "1111111109, 081804",
            "1111111111, 050471",
            "1234567890, 005924",
            "2000000000, 279037",
            "20000000000, 353130"})
    void theRfcVectorsComeOut(long epochSecond, String expected) throws Exception {
        long counter = Totp.counterAt(Instant.ofEpochSecond(epochSecond));

        assertThat(Totp.codeFrom(hmacSha1(RFC_SECRET, Totp.counterBytes(counter)))).isEqualTo(expected);
    }

    @Test
    void oneStepOfDriftIsAcceptedEitherWay() {
        long[] counters = Totp.acceptedCounters(Instant.ofEpochSecond(1111111109));
        assertThat(counters).containsExactly(37037035L, 37037036L, 37037037L);
    }

    @Test
    void theRfcSecretRoundTripsThroughBase32() {
        assertThat(Base32.encode(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SECRET);
    }

    @ParameterizedTest
    @CsvSource({"f, MY======", "fo, MZXQ====", "foo, MZXW6===", "foob, MZXW6YQ=", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI======"})
    void rfc4648VectorsDecode(String plain, String encoded) {
        assertThat(new String(Base32.decode(encoded), StandardCharsets.US_ASCII)).isEqualTo(plain);
    }

    @Test
    void anythingOutsideTheAlphabetIsRefused() {
        assertThatThrownBy(() -> Base32.decode("ABC1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base32.decode("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlySixDigitsAreATotpCode() {
        assertThat(Totp.isWellFormed("005924")).isTrue();
        assertThat(Totp.isWellFormed("5924")).isFalse();
    }
}
