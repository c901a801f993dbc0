package in.mrmentor.lead;

import in.mrmentor.lead.port.RequestCounting;
import in.mrmentor.lead.port.VendorKeyCrypto;
import in.mrmentor.lead.port.VendorKeys;
import in.mrmentor.shared.RateLimit;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks {@code x-api-key}: the stored HMAC is compared in constant time, and a missing, unknown,
 * disabled or revoked key all get the one answer 401 {@code INVALID_API_KEY} (an unknown prefix
 * still costs an HMAC, so timing tells nothing either). An accepted key is counted against its
 * per-minute limit in the shared database, so every server process counts it together.
 */
public final class AuthenticateVendor {
    private static final String KEY_PREFIX = "vendor-key:";
    private static final String DECOY = VendorKey.KEY_START + "000000000000" + "0".repeat(43);

    private final VendorKeys keys;
    private final VendorKeyCrypto crypto;
    private final RequestCounting counters;
    private final RateLimit limit;
    private final Clock clock;

    public AuthenticateVendor(VendorKeys keys, VendorKeyCrypto crypto, RequestCounting counters, RateLimit limit,
                              Clock clock) {
        this.keys = keys;
        this.crypto = crypto;
        this.counters = counters;
        this.limit = limit;
        this.clock = clock;
    }

    /** A key that passed, and its quota after this request (not admitted: answer 429). */
    public record Admission(VendorKey key, RateLimit.Quota quota) {
    }

    public Admission admit(String presented) {
        String prefix = VendorKey.prefixOf(presented);
        Optional<VendorKey> stored = prefix == null ? Optional.empty() : keys.findByPrefix(prefix);
        byte[] digest = crypto.digest(stored.isPresent() ? presented : DECOY);
        byte[] expected = stored.map(VendorKey::digest).orElseGet(() -> new byte[digest.length]);
        boolean matches = MessageDigest.isEqual(digest, expected);
        if (!matches || stored.isEmpty() || stored.get().status() != VendorKeyStatus.ACTIVE) {
            throw LeadErrors.invalidApiKey();
        }
        VendorKey key = stored.get();
        var now = clock.instant();
        var quota = limit.quota(counters.countOne(KEY_PREFIX + key.id(), limit.windowStart(now)), now);
        keys.count(key.id(), BusinessTime.today(now), VendorUsage.Outcome.NONE);
        if (!quota.admitted()) {
            keys.count(key.id(), BusinessTime.today(now), VendorUsage.Outcome.REJECTED);
        } else {
            keys.touch(key.id(), now);
        }
        return new Admission(key, quota);
    }
}
