package in.mrmentor.identity;

import in.mrmentor.identity.port.HmacSha1;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/** A real HMAC-SHA1 for the TOTP tests; the production one is an adapter the application cannot see. */
public final class JavaxHmacSha1 implements HmacSha1 {
    private static final String ALGORITHM = "HmacSHA1";

    @Override
    public byte[] sign(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}
