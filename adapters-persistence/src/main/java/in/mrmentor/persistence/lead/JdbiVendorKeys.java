package in.mrmentor.persistence.lead;

import in.mrmentor.lead.VendorKey;
import in.mrmentor.lead.VendorKeyStatus;
import in.mrmentor.lead.VendorLead;
import in.mrmentor.lead.VendorUsage;
import in.mrmentor.lead.port.VendorKeys;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/** Vendor keys (digest and prefix only), their leads and the per-day access summaries. */
public final class JdbiVendorKeys implements VendorKeys {
    private static final String COLUMNS = "id, vendor_name, note, prefix, key_digest, status, created_by, created_at, last_used_at";
    private static final RowMapper<VendorKey> ROW = (rs, ctx) -> new VendorKey(rs.getObject("id", UUID.class),
            rs.getString("vendor_name"), rs.getString("note"), rs.getString("prefix"), rs.getBytes("key_digest"),
            VendorKeyStatus.valueOf(rs.getString("status")), rs.getObject("created_by", UUID.class),
            Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "last_used_at"));
    private static final String LEAD_COLUMNS = "id, vendor_api_key_id, name, phone, email, campaign, status, lead_id, "
            + "idempotency_key, created_at";
    private static final RowMapper<VendorLead> LEAD = (rs, ctx) -> new VendorLead(rs.getObject("id", UUID.class),
            rs.getObject("vendor_api_key_id", UUID.class), rs.getString("name"), rs.getString("phone"),
            rs.getString("email"), rs.getString("campaign"), VendorLead.Status.valueOf(rs.getString("status")),
            rs.getObject("lead_id", UUID.class), rs.getString("idempotency_key"), Timestamps.instant(rs, "created_at"));

    private final Jdbi jdbi;

    public JdbiVendorKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(VendorKey k) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mas_crm.vendor_api_keys (" + COLUMNS + ") VALUES (:id, :vendor, :note, "
                        + ":prefix, :digest, :status, :createdBy, :createdAt, :lastUsedAt)")
                .bind("id", k.id()).bind("vendor", k.vendorName()).bindByType("note", k.note(), String.class)
                .bind("prefix", k.prefix()).bind("digest", k.digest()).bind("status", k.status().name())
                .bindByType("createdBy", k.createdBy(), UUID.class).bind("createdAt", utc(k.createdAt()))
                .bind("lastUsedAt", utc(k.lastUsedAt()))
                .execute());
    }

    @Override
    public Optional<VendorKey> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.vendor_api_keys WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<VendorKey> findByPrefix(String prefix) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.vendor_api_keys WHERE prefix = :prefix")
                .bind("prefix", prefix).map(ROW).findOne());
    }

    @Override
    public Optional<VendorKey> lock(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.vendor_api_keys WHERE id = :id FOR UPDATE")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public void replace(VendorKey k) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE mas_crm.vendor_api_keys SET status = :status WHERE id = :id")
                .bind("id", k.id()).bind("status", k.status().name()).execute());
    }

    @Override
    public List<VendorKey> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.vendor_api_keys ORDER BY created_at, id")
                .map(ROW).list());
    }

    @Override
    public boolean anyExists() {
        return jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM mas_crm.vendor_api_keys)")
                .mapTo(Boolean.class).one());
    }

    @Override
    public void touch(UUID id, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE mas_crm.vendor_api_keys SET last_used_at = :at WHERE id = :id "
                        + "AND (last_used_at IS NULL OR last_used_at < :at)")
                .bind("id", id).bind("at", utc(at)).execute());
    }

    @Override
    public void count(UUID keyId, LocalDate day, VendorUsage.Outcome outcome) {
        String column = switch (outcome) {
            case NONE -> "requests";
            case ACCEPTED -> "accepted";
            case DUPLICATE -> "duplicates";
            case REJECTED -> "rejected";
        };
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mas_crm.vendor_api_key_access_summaries (vendor_api_key_id, day, "
                        + column + ") VALUES (:key, :day, 1) ON CONFLICT (vendor_api_key_id, day) DO UPDATE SET "
                        + column + " = mas_crm.vendor_api_key_access_summaries." + column + " + 1")
                .bind("key", keyId).bind("day", day).execute());
    }

    @Override
    public List<VendorUsage> usage(UUID keyId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT day, requests, accepted, duplicates, rejected "
                        + "FROM mas_crm.vendor_api_key_access_summaries WHERE vendor_api_key_id = :key AND day BETWEEN :from AND :to "
                        + "ORDER BY day")
                .bind("key", keyId).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new VendorUsage(rs.getObject("day", LocalDate.class), rs.getLong("requests"),
                        rs.getLong("accepted"), rs.getLong("duplicates"), rs.getLong("rejected")))
                .list());
    }

    @Override
    public void addLead(VendorLead l) {
        try {
            insertLead(l);
        } catch (RuntimeException e) {
            if (Timestamps.isUniqueViolation(e)) {
                throw new SameIdempotencyKey();
            }
            throw e;
        }
    }

    private void insertLead(VendorLead l) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mas_crm.vendor_leads (" + LEAD_COLUMNS + ") VALUES (:id, :key, :name, "
                        + ":phone, :email, :campaign, :status, :lead, :idem, :createdAt)")
                .bind("id", l.id()).bind("key", l.keyId()).bind("name", l.name()).bind("phone", l.phone())
                .bindByType("email", l.email(), String.class).bindByType("campaign", l.campaign(), String.class)
                .bind("status", l.status().name()).bind("lead", l.leadId())
                .bindByType("idem", l.idempotencyKey(), String.class).bind("createdAt", utc(l.createdAt()))
                .execute());
    }

    @Override
    public Optional<VendorLead> lead(UUID keyId, UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + LEAD_COLUMNS + " FROM mas_crm.vendor_leads WHERE id = :id "
                        + "AND vendor_api_key_id = :key")
                .bind("id", id).bind("key", keyId).map(LEAD).findOne());
    }

    @Override
    public Optional<VendorLead> leadByIdempotencyKey(UUID keyId, String idempotencyKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + LEAD_COLUMNS + " FROM mas_crm.vendor_leads "
                        + "WHERE vendor_api_key_id = :key AND idempotency_key = :idem")
                .bind("key", keyId).bind("idem", idempotencyKey).map(LEAD).findOne());
    }
}
