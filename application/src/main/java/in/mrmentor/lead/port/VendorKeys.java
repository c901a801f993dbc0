package in.mrmentor.lead.port;

import in.mrmentor.lead.VendorKey;
import in.mrmentor.lead.VendorLead;
import in.mrmentor.lead.VendorUsage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Vendor keys, the leads vendors sent and their daily usage. */
public interface VendorKeys {

    void add(VendorKey key);

    Optional<VendorKey> find(UUID id);

    Optional<VendorKey> findByPrefix(String prefix);

    Optional<VendorKey> lock(UUID id);

    void replace(VendorKey key);

    /** Every key, oldest first (a short administrative list). */
    List<VendorKey> all();

    boolean anyExists();

    void touch(UUID id, Instant at);

    /** Counts one request of the key on {@code day}, and what it came to. */
    void count(UUID keyId, LocalDate day, VendorUsage.Outcome outcome);

    List<VendorUsage> usage(UUID keyId, LocalDate from, LocalDate to);

    /** Stores the vendor lead; one already stored under its key's {@code Idempotency-Key} is a {@link SameIdempotencyKey}. */
    void addLead(VendorLead lead);

    /** Another request of the same key stored its lead under this {@code Idempotency-Key} first. */
    final class SameIdempotencyKey extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SameIdempotencyKey() {
            super("the Idempotency-Key was used by a concurrent request", null, false, false);
        }
    }

    Optional<VendorLead> lead(UUID keyId, UUID id);

    Optional<VendorLead> leadByIdempotencyKey(UUID keyId, String idempotencyKey);
}
