package in.mrmentor.lead;

import in.mrmentor.lead.port.VendorKeyCrypto;
import in.mrmentor.lead.port.VendorKeys;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Journey 7's keys, for administrators: issued once ({@code mas_live_} + prefix + 32 random bytes,
 * shown in this answer only and stored as HMAC-SHA256 under the pepper), listed without secrets,
 * disabled, enabled and revoked for good, with their daily usage.
 */
public final class ManageVendorKeys {
    public static final int SECRET_BYTES = 32;
    public static final int MAX_USAGE_DAYS = 366;

    private final VendorKeys keys;
    private final VendorKeyCrypto crypto;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ManageVendorKeys(VendorKeys keys, VendorKeyCrypto crypto, Transactions transactions, Clock clock, Ids ids) {
        this.keys = keys;
        this.crypto = crypto;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** The stored key and, once, the key itself. */
    public record Issued(VendorKey key, String plainKey) {
        @Override
        public String toString() {
            return "Issued[" + key + "]";
        }
    }

    public Issued issue(UUID adminId, String vendorName, String note) {
        new Validation().requireText(vendorName, "vendorName", 200).optionalText(note, "note", 2000).orThrow();
        String prefix = crypto.randomToken(9).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x")
                .substring(0, VendorKey.PREFIX_LENGTH);
        String plain = VendorKey.KEY_START + prefix + crypto.randomToken(SECRET_BYTES);
        var key = new VendorKey(ids.next(), vendorName.trim(), note, prefix, crypto.digest(plain), VendorKeyStatus.ACTIVE,
                adminId, clock.instant(), null);
        transactions.run(() -> keys.add(key));
        return new Issued(key, plain);
    }

    public List<VendorKey> list() {
        return keys.all();
    }

    public VendorKey move(UUID id, VendorKeyStatus target) {
        return transactions.inTransaction(() -> {
            VendorKey key = keys.lock(id).orElseThrow(ManageVendorKeys::notFound);
            VendorKey moved = key.withStatus(target);
            keys.replace(moved);
            return moved;
        });
    }

    /** A revocation by prefix, for the operator's command line. */
    public VendorKey revokeByPrefix(String prefix) {
        VendorKey key = keys.findByPrefix(prefix).orElseThrow(ManageVendorKeys::notFound);
        return move(key.id(), VendorKeyStatus.REVOKED);
    }

    /** Days with traffic in {@code [from, to]} (default: the last 30 days of business time). */
    public List<VendorUsage> usage(UUID id, LocalDate from, LocalDate to) {
        keys.find(id).orElseThrow(ManageVendorKeys::notFound);
        LocalDate last = to == null ? BusinessTime.today(clock.instant()) : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        new Validation().require(!first.isAfter(last), "from", "must not be after to")
                .require(ChronoUnit.DAYS.between(first, last) < MAX_USAGE_DAYS, "to", "must be within a year of from")
                .orThrow();
        return keys.usage(id, first, last);
    }

    private static DomainException notFound() {
        return DomainException.notFound(LeadErrors.VENDOR_KEY_NOT_FOUND, "No such vendor key.");
    }
}
