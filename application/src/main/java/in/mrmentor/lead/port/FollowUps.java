package in.mrmentor.lead.port;

import in.mrmentor.lead.FollowUp;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface FollowUps {

    void add(FollowUp followUp);

    Optional<FollowUp> lock(UUID id);

    void replace(FollowUp followUp);

    List<FollowUp> forLead(UUID leadId);

    /**
     * Open follow-ups owned by {@code owners} (null: everyone's) due in {@code [from, to)} (null bounds are open),
     * soonest first, ties by id.
     */
    List<FollowUp> due(Collection<UUID> owners, Instant from, Instant to, PageRequest<TimeKey> page);
}
