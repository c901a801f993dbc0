package in.mrmentor.lead;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A lead as a vendor submitted it (the seed's {@code vendor_leads}), and what became of it. */
public record VendorLead(UUID id, UUID keyId, String name, String phone, String email, String campaign,
                         Status status, UUID leadId, String idempotencyKey, Instant createdAt) {
    public enum Status { ACCEPTED, DUPLICATE }

    public VendorLead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
