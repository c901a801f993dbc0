package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TextKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.MentorProfile;
import in.mrmentor.slot.port.MentorProfiles;
import in.mrmentor.slot.port.Participants;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Mentor profiles in memory; names, roles and the active flag come from {@link Participants}, as the database
 * joins the users table.
 */
public final class InMemoryMentorProfiles implements MentorProfiles, InMemoryTransactions.Participant {
    private final Map<UUID, MentorProfile> rows = new HashMap<>();
    private final Participants participants;

    public InMemoryMentorProfiles(Participants participants) {
        this.participants = participants;
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
    public synchronized List<MentorCard> list(PageRequest<TextKey> page) {
        var cards = rows.values().stream()
                .flatMap(p -> participants.find(p.mentorId())
                        .filter(person -> "EXPERT".equals(person.role()) && person.active())
                        .map(person -> new MentorCard(p.mentorId(), person.name(), p.expertise(), p.tokenCost()))
                        .stream())
                .toList();
        return page.take(cards, card -> new TextKey(card.name(), card.id()), TextKey.ASCENDING);
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
