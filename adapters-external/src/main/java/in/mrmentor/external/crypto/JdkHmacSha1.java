package in.mrmentor.external.crypto;

import in.mrmentor.identity.port.HmacSha1;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/** HMAC-SHA1 from the JDK's own provider. */
public final class JdkHmacSha1 implements HmacSha1 {
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
