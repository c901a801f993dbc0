package in.mrmentor.identity;

import in.mrmentor.identity.port.HmacSha1;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/** Verifies a TOTP code: the domain's RFC 6238 arithmetic around the {@link HmacSha1} port. */
public final class TotpCheck {
    private final HmacSha1 hmac;

    public TotpCheck(HmacSha1 hmac) {
        this.hmac = hmac;
    }

    public boolean matches(byte[] key, String code, Instant now) {
        if (!Totp.isWellFormed(code)) {
            return false;
        }
        boolean matched = false;
        // Every accepted step is computed and compared in constant time, so timing says nothing about which one matched.
        for (long counter : Totp.acceptedCounters(now)) {
            String expected = Totp.codeFrom(hmac.sign(key, Totp.counterBytes(counter)));
            matched |= MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
        }
        return matched;
    }
}
