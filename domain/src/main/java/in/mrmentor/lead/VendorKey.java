package in.mrmentor.lead;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A vendor's API key as stored: never the key itself, only HMAC-SHA256(pepper, key) and the prefix
 * that finds the row (the seed's VendorApiKey).
 */
public record VendorKey(UUID id, String vendorName, String note, String prefix, byte[] digest,
                        VendorKeyStatus status, UUID createdBy, Instant createdAt, Instant lastUsedAt) {
    public static final String KEY_START = "mas_live_";
    public static final int PREFIX_LENGTH = 12;

    public VendorKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendorName, "vendorName");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        digest = digest.clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    public VendorKey withStatus(VendorKeyStatus next) {
        return new VendorKey(id, vendorName, note, prefix, digest, status.moveTo(next), createdBy, createdAt, lastUsedAt);
    }

    /** The prefix a presented key claims, or null when it is not shaped like one of ours. */
    public static String prefixOf(String presented) {
        if (presented == null || !presented.startsWith(KEY_START)
                || presented.length() < KEY_START.length() + PREFIX_LENGTH + 32 || presented.length() > 200) {
            return null;
        }
        return presented.substring(KEY_START.length(), KEY_START.length() + PREFIX_LENGTH);
    }

    @Override
    public String toString() {
        return "VendorKey[id=" + id + ", vendor=" + vendorName + ", prefix=" + prefix + ", status=" + status + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VendorKey key && key.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
