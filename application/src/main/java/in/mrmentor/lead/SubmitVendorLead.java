package in.mrmentor.lead;

import in.mrmentor.lead.port.VendorKeys;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /api/vendor/leads} (journey 7): the vendor's lead is kept as a vendor lead and becomes a
 * lead (source VENDOR) by the one-lead-per-person rule, or a duplicate submission on the existing one.
 * A repeated {@code Idempotency-Key} of the same key answers the first submission again.
 */
public final class SubmitVendorLead {
    public static final int MAX_IDEMPOTENCY_KEY = 200;

    private final VendorKeys keys;
    private final LeadIntake intake;
    private final CaptureLead capture;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public SubmitVendorLead(VendorKeys keys, LeadIntake intake, CaptureLead capture, Transactions transactions,
                            Clock clock, Ids ids) {
        this.keys = keys;
        this.intake = intake;
        this.capture = capture;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record Submitted(VendorLead lead, boolean replayed) {
    }

    public Submitted submit(VendorKey key, String idempotencyKey, String name, String phone, String email,
                            String campaign, Map<String, String> extra) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            throw Validation.invalid("Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        Optional<VendorLead> earlier = idempotencyKey == null ? Optional.empty()
                : keys.leadByIdempotencyKey(key.id(), idempotencyKey);
        if (earlier.isPresent()) {
            return new Submitted(earlier.get(), true);
        }
        LeadDraft draft;
        try {
            draft = intake.draft(new LeadIntake.Raw(name, phone, email, campaign, null, null, null, extra));
        } catch (DomainException refused) {
            keys.count(key.id(), BusinessTime.today(clock.instant()), VendorUsage.Outcome.REJECTED);
            throw refused;
        }
        VendorLead stored;
        try {
            stored = store(key, idempotencyKey, draft);
        } catch (VendorKeys.SameIdempotencyKey raced) {
            // The racing request committed first: both answer its lead (this transaction rolled back whole).
            return new Submitted(keys.leadByIdempotencyKey(key.id(), idempotencyKey).orElseThrow(), true);
        }
        return new Submitted(stored, false);
    }

    private VendorLead store(VendorKey key, String idempotencyKey, LeadDraft draft) {
        return transactions.inTransaction(() -> {
            UUID vendorLeadId = ids.next();
            var outcome = capture.capture(draft, LeadSource.VENDOR, vendorLeadId, null, null);
            var status = outcome instanceof CaptureLead.Created ? VendorLead.Status.ACCEPTED : VendorLead.Status.DUPLICATE;
            var vendorLead = new VendorLead(vendorLeadId, key.id(), draft.name(), draft.phone(), draft.email(),
                    draft.campaign(), status, outcome.leadId(), idempotencyKey, clock.instant());
            keys.addLead(vendorLead);
            keys.count(key.id(), BusinessTime.today(clock.instant()),
                    status == VendorLead.Status.ACCEPTED ? VendorUsage.Outcome.ACCEPTED : VendorUsage.Outcome.DUPLICATE);
            return vendorLead;
        });
    }

    /** The vendor's own lead only; another vendor's is not found. */
    public VendorLead show(VendorKey key, UUID id) {
        return keys.lead(key.id(), id).orElseThrow(
                () -> DomainException.notFound(LeadErrors.VENDOR_LEAD_NOT_FOUND, "No such vendor lead."));
    }
}
