package in.mrmentor.external.lead;

import in.mrmentor.lead.LeadErrors;
import in.mrmentor.lead.port.VendorKeyCrypto;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** HMAC-SHA256 under {@code VENDOR_API_KEY_PEPPER}; without a pepper every use is 503 {@code INTEGRATION_NOT_CONFIGURED}. */
public final class HmacVendorKeyCrypto implements VendorKeyCrypto {
    private final SecureRandom random = new SecureRandom();
    private final Optional<byte[]> pepper;

    public HmacVendorKeyCrypto(Optional<String> pepper) {
        this.pepper = pepper.filter(p -> !p.isBlank()).map(p -> p.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String randomToken(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    @Override
    public byte[] digest(String key) {
        byte[] secret = pepper.orElseThrow(() -> new DomainException(ErrorKind.UNAVAILABLE,
                LeadErrors.INTEGRATION_NOT_CONFIGURED, "Vendor API keys need VENDOR_API_KEY_PEPPER to be set."));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
