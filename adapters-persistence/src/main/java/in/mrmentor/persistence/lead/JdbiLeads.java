package in.mrmentor.persistence.lead;

import in.mrmentor.lead.InterestLevel;
import in.mrmentor.lead.Lead;
import in.mrmentor.lead.LeadErrors;
import in.mrmentor.lead.LeadScope;
import in.mrmentor.lead.LeadSource;
import in.mrmentor.lead.LeadStage;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/** {@code mas_crm.raw_leads}; a duplicate phone or e-mail is answered by the unique indexes, never by a read first. */
public final class JdbiLeads implements Leads {
    private static final String COLUMNS = "id, name, phone, email, source_type, campaign, session_year, stage, "
            + "interest_level, tags, assigned_to, owning_sales_head_id, vendor_lead_id, created_at, "
            + TextMaps.read("extra_data", "extra");
    private static final RowMapper<Lead> ROW = (rs, ctx) -> new Lead(
            rs.getObject("id", UUID.class),
            rs.getString("name"),
            rs.getString("phone"),
            rs.getString("email"),
            LeadSource.valueOf(rs.getString("source_type")),
            rs.getString("campaign"),
            rs.getString("session_year"),
            LeadStage.valueOf(rs.getString("stage")),
            InterestLevel.valueOf(rs.getString("interest_level")),
            Arrays.asList(TextMaps.strings(rs, "tags")),
            rs.getObject("assigned_to", UUID.class),
            rs.getObject("owning_sales_head_id", UUID.class),
            TextMaps.map(rs, "extra"),
            rs.getObject("vendor_lead_id", UUID.class),
            Timestamps.instant(rs, "created_at"));

    private final Jdbi jdbi;

    public JdbiLeads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Added add(Lead lead) {
        return jdbi.withHandle(h -> {
            Optional<UUID> inserted = TextMaps.bind(h.createQuery("INSERT INTO mas_crm.raw_leads (id, name, phone, email, "
                            + "source_type, campaign, session_year, stage, interest_level, tags, assigned_to, "
                            + "owning_sales_head_id, assigned_at, extra_data, vendor_lead_id, created_at, updated_at) "
                            + "VALUES (:id, :name, :phone, :email, :source, :campaign, :sessionYear, :stage, :interest, "
                            + "CAST(:tags AS text[]), :assignedTo, :owner, :assignedAt, " + TextMaps.write("extra")
                            + ", :vendorLead, :createdAt, :createdAt) ON CONFLICT DO NOTHING RETURNING id"), "extra", lead.extra())
                    .bind("id", lead.id()).bind("name", lead.name()).bind("phone", lead.phone())
                    .bindByType("email", lead.email(), String.class)
                    .bind("source", lead.source().name())
                    .bindByType("campaign", lead.campaign(), String.class)
                    .bindByType("sessionYear", lead.sessionYear(), String.class)
                    .bind("stage", lead.stage().name()).bind("interest", lead.interestLevel().name())
                    .bindArray("tags", String.class, lead.tags())
                    .bindByType("assignedTo", lead.assignedTo(), UUID.class)
                    .bindByType("owner", lead.owningSalesHeadId(), UUID.class)
                    .bind("assignedAt", lead.assignedTo() == null ? null : utc(lead.createdAt()))
                    .bindByType("vendorLead", lead.vendorLeadId(), UUID.class)
                    .bind("createdAt", utc(lead.createdAt()))
                    .mapTo(UUID.class).findOne();
            if (inserted.isPresent()) {
                return new Created(lead);
            }
            // The unique index turned it away: the phone wins over the e-mail when they point at two leads.
            UUID existing = h.createQuery("SELECT id FROM mas_crm.raw_leads WHERE phone = :phone OR email = :email "
                            + "ORDER BY (phone = :phone) DESC LIMIT 1")
                    .bind("phone", lead.phone()).bindByType("email", lead.email(), String.class)
                    .mapTo(UUID.class).one();
            return new Duplicate(existing);
        });
    }

    /**
     * One INSERT ... SELECT FROM unnest(...) ON CONFLICT DO NOTHING for the whole list, then one look-up
     * for the leads the duplicates point at: two round trips per import chunk instead of one per row.
     * The leads of one call share source, stage, assignee and time (one chunk of one import).
     */
    @Override
    public List<Added> addAll(List<Lead> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Lead first = batch.get(0);
        boolean uniform = batch.stream().allMatch(l -> l.source() == first.source() && l.stage() == first.stage()
                && java.util.Objects.equals(l.assignedTo(), first.assignedTo())
                && java.util.Objects.equals(l.owningSalesHeadId(), first.owningSalesHeadId())
                && l.createdAt().equals(first.createdAt()) && l.vendorLeadId() == null);
        if (!uniform) {
            return Leads.super.addAll(batch);
        }
        return jdbi.withHandle(h -> {
            java.util.Set<UUID> inserted = new java.util.HashSet<>(h.createQuery("INSERT INTO mas_crm.raw_leads (id, name, phone, "
                            + "email, source_type, campaign, session_year, stage, interest_level, tags, assigned_to, "
                            + "owning_sales_head_id, assigned_at, extra_data, created_at, updated_at) "
                            + "SELECT u.id, u.name, u.phone, u.email, :source, u.campaign, u.session_year, :stage, u.interest, "
                            + "CASE WHEN u.tags = '' THEN CAST('{}' AS text[]) ELSE string_to_array(u.tags, chr(31)) END, "
                            + ":assignedTo, :owner, :assignedAt, CAST(u.extra AS jsonb), :createdAt, :createdAt "
                            + "FROM unnest(CAST(:ids AS uuid[]), CAST(:names AS text[]), CAST(:phones AS text[]), "
                            + "CAST(:emails AS text[]), CAST(:campaigns AS text[]), CAST(:sessionYears AS text[]), "
                            + "CAST(:interests AS text[]), CAST(:tags AS text[]), CAST(:extras AS text[])) WITH ORDINALITY "
                            + "AS u(id, name, phone, email, campaign, session_year, interest, tags, extra, ord) "
                            + "ORDER BY u.ord ON CONFLICT DO NOTHING RETURNING id")
                    .bindArray("ids", UUID.class, batch.stream().map(Lead::id).toList())
                    .bindArray("names", String.class, batch.stream().map(Lead::name).toList())
                    .bindArray("phones", String.class, batch.stream().map(Lead::phone).toList())
                    .bindArray("emails", String.class, batch.stream().map(Lead::email).toList())
                    .bindArray("campaigns", String.class, batch.stream().map(Lead::campaign).toList())
                    .bindArray("sessionYears", String.class, batch.stream().map(Lead::sessionYear).toList())
                    .bindArray("interests", String.class, batch.stream().map(l -> l.interestLevel().name()).toList())
                    // Tags cannot hold control characters (PlainText), so unit separator joins them safely.
                    .bindArray("tags", String.class, batch.stream().map(l -> String.join("\u001f", l.tags())).toList())
                    .bindArray("extras", String.class, batch.stream().map(l -> TextMaps.json(l.extra())).toList())
                    .bind("source", first.source().name()).bind("stage", first.stage().name())
                    .bindByType("assignedTo", first.assignedTo(), UUID.class)
                    .bindByType("owner", first.owningSalesHeadId(), UUID.class)
                    .bind("assignedAt", first.assignedTo() == null ? null : utc(first.createdAt()))
                    .bind("createdAt", utc(first.createdAt()))
                    .mapTo(UUID.class).list());
            List<Lead> turnedAway = batch.stream().filter(l -> !inserted.contains(l.id())).toList();
            Map<String, UUID> byPhone = new HashMap<>();
            Map<String, UUID> byEmail = new HashMap<>();
            if (!turnedAway.isEmpty()) {
                h.createQuery("SELECT id, phone, email FROM mas_crm.raw_leads WHERE phone = ANY(CAST(:phones AS text[])) "
                                + "OR email = ANY(CAST(:emails AS text[]))")
                        .bindArray("phones", String.class, turnedAway.stream().map(Lead::phone).toList())
                        .bindArray("emails", String.class, turnedAway.stream().map(Lead::email).filter(java.util.Objects::nonNull).toList())
                        .map((rs, ctx) -> {
                            UUID id = rs.getObject("id", UUID.class);
                            byPhone.put(rs.getString("phone"), id);
                            if (rs.getString("email") != null) {
                                byEmail.put(rs.getString("email"), id);
                            }
                            return id;
                        }).list();
            }
            return batch.stream().<Added>map(l -> inserted.contains(l.id()) ? new Created(l)
                    : new Duplicate(byPhone.containsKey(l.phone()) ? byPhone.get(l.phone()) : byEmail.get(l.email())))
                    .toList();
        });
    }

    @Override
    public Optional<Lead> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.raw_leads WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<UUID> idByEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM mas_crm.raw_leads WHERE email = :email")
                .bind("email", email).mapTo(UUID.class).findOne());
    }

    @Override
    public Optional<Lead> lock(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.raw_leads WHERE id = :id FOR UPDATE")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public void replace(Lead lead) {
        try {
            jdbi.useHandle(h -> TextMaps.bind(h.createUpdate("UPDATE mas_crm.raw_leads SET email = :email, stage = :stage, "
                            + "interest_level = :interest, tags = CAST(:tags AS text[]), "
                            + "assigned_at = CASE WHEN assigned_to IS DISTINCT FROM :assignedTo THEN now() ELSE assigned_at END, "
                            + "assigned_to = :assignedTo, owning_sales_head_id = :owner, extra_data = "
                            + TextMaps.write("extra") + ", updated_at = now() WHERE id = :id"), "extra", lead.extra())
                    .bind("id", lead.id())
                    .bindByType("email", lead.email(), String.class)
                    .bind("stage", lead.stage().name()).bind("interest", lead.interestLevel().name())
                    .bindArray("tags", String.class, lead.tags())
                    .bindByType("assignedTo", lead.assignedTo(), UUID.class)
                    .bindByType("owner", lead.owningSalesHeadId(), UUID.class)
                    .execute());
        } catch (RuntimeException e) {
            if (Timestamps.isUniqueViolation(e)) {
                // A racing change took the e-mail after the use case looked; the transaction is spoilt, so no lookup.
                throw LeadErrors.duplicate(null);
            }
            throw e;
        }
    }

    @Override
    public List<Lead> page(LeadScope scope, Filter filter, PageRequest<TimeKey> page) {
        if (scope.none()) {
            return List.of();
        }
        String visible = scope.all() ? "TRUE"
                : "(assigned_to = :viewer OR owning_sales_head_id = :viewer"
                + (scope.pool() ? " OR assigned_to IS NULL)" : ")");
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.raw_leads WHERE " + visible
                    + " AND (CAST(:stage AS varchar) IS NULL OR stage = :stage)"
                    + " AND (CAST(:assignedTo AS uuid) IS NULL OR assigned_to = :assignedTo)"
                    + " AND (CAST(:tag AS text) IS NULL OR tags @> ARRAY[CAST(:tag AS text)])"
                    + " AND (CAST(:interest AS varchar) IS NULL OR interest_level = :interest)"
                    + " AND (CAST(:q AS text) IS NULL OR name ILIKE :like OR phone LIKE :like OR email LIKE lower(:like))"
                    + " AND " + KeysetPages.beforeTime("created_at", "id")
                    + " ORDER BY created_at DESC, id LIMIT :fetch");
            if (!scope.all()) {
                query.bind("viewer", scope.userId());
            }
            String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().trim();
            return KeysetPages.bindTime(query, page)
                    .bindByType("stage", filter.stage() == null ? null : filter.stage().name(), String.class)
                    .bindByType("assignedTo", filter.assignedTo(), UUID.class)
                    .bindByType("tag", filter.tag(), String.class)
                    .bindByType("interest", filter.interestLevel() == null ? null : filter.interestLevel().name(), String.class)
                    .bindByType("q", q, String.class)
                    .bindByType("like", q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
                            String.class)
                    .map(ROW).list();
        });
    }

    @Override
    public Map<UUID, Long> openLoads(Collection<UUID> userIds) {
        Map<UUID, Long> loads = new HashMap<>();
        userIds.forEach(id -> loads.put(id, 0L));
        if (userIds.isEmpty()) {
            return loads;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT assigned_to, count(*) AS open FROM mas_crm.raw_leads "
                        + "WHERE assigned_to = ANY(CAST(:ids AS uuid[])) AND stage NOT IN ('CONVERTED', 'DEAD') GROUP BY assigned_to")
                .bindArray("ids", UUID.class, List.copyOf(userIds))
                .map((rs, ctx) -> Map.entry(rs.getObject("assigned_to", UUID.class), rs.getLong("open")))
                .forEach(entry -> loads.put(entry.getKey(), entry.getValue())));
        return loads;
    }
}
