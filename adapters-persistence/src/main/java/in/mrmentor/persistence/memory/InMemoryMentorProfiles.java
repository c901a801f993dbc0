package in.mrmentor.persistence.memory;

import in.mrmentor.slot.MentorProfile;
import in.mrmentor.slot.port.MentorProfiles;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Mentor profiles in memory; names come from a lookup, as the database joins the users table. */
public final class InMemoryMentorProfiles implements MentorProfiles, InMemoryTransactions.Participant {
    private final Map<UUID, MentorProfile> rows = new HashMap<>();
    private final Function<UUID, String> names;

    public InMemoryMentorProfiles(Function<UUID, String> names) {
        this.names = names;
    }

    @Override
    public synchronized void save(MentorProfile profile) {
        rows.put(profile.mentorId(), profile);
    }

    @Override
    public synchronized Optional<MentorProfile> find(UUID mentorId) {
        return Optional.ofNullable(rows.get(mentorId));
    }

    @Override
    public synchronized List<MentorCard> list(int limit) {
        return rows.values().stream()
                .map(p -> new MentorCard(p.mentorId(), names.apply(p.mentorId()), p.expertise(), p.tokenCost()))
                .sorted(Comparator.comparing(MentorCard::name).thenComparing(MentorCard::id))
                .limit(limit).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, MentorProfile> copy = new HashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
