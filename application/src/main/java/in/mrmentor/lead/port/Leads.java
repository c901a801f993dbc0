package in.mrmentor.lead.port;

import in.mrmentor.lead.InterestLevel;
import in.mrmentor.lead.Lead;
import in.mrmentor.lead.LeadScope;
import in.mrmentor.lead.LeadStage;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The leads ({@code mas_crm.raw_leads}). A phone and an e-mail belong to at most one lead: enforced
 * by the store itself (unique indexes), so two racing submissions of one person make one lead.
 */
public interface Leads {

    /** The outcome of {@link #add}: the lead went in, or a lead with its phone or e-mail exists. */
    sealed interface Added permits Created, Duplicate {
    }

    record Created(Lead lead) implements Added {
    }

    record Duplicate(UUID existingLeadId) implements Added {
    }

    /** Inserts the lead unless its phone or e-mail is taken; never fails on a duplicate, even racing one. */
    Added add(Lead lead);

    /**
     * {@link #add} for many leads at once (an import chunk), in order: a lead whose phone or e-mail an
     * earlier one of the list took is a duplicate of it. Adapters may do it in one statement.
     */
    default List<Added> addAll(List<Lead> leads) {
        return leads.stream().map(this::add).toList();
    }

    Optional<Lead> find(UUID id);

    /** The lead holding this (lower-cased) e-mail. */
    Optional<UUID> idByEmail(String email);

    /** The lead, locked until the transaction ends. */
    Optional<Lead> lock(UUID id);

    /** Stores the lead's new state; an e-mail another lead holds is a {@code DUPLICATE_LEAD} conflict. */
    void replace(Lead lead);

    /** The filters of {@code GET /api/crm/leads}; null means any. {@code q} matches name, phone or e-mail. */
    record Filter(LeadStage stage, UUID assignedTo, String tag, InterestLevel interestLevel, String q) {
    }

    /** Leads in the scope matching the filter, newest first (ties by id). */
    List<Lead> page(LeadScope scope, Filter filter, PageRequest<TimeKey> page);

    /** Open (not CONVERTED or DEAD) leads assigned to each user; every asked user is a key. */
    Map<UUID, Long> openLoads(Collection<UUID> userIds);
}
