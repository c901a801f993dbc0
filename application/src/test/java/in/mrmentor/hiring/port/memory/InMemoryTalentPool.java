package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.TalentPoolEntry;
import in.mrmentor.hiring.TalentPoolMatch;
import in.mrmentor.hiring.port.TalentPool;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class InMemoryTalentPool implements TalentPool, InMemoryTransactions.Participant {
    private Map<UUID, TalentPoolEntry> entries = new LinkedHashMap<>();
    private Map<UUID, List<TalentPoolMatch>> matches = new HashMap<>();

    @Override
    public synchronized void put(TalentPoolEntry entry) {
        entries.put(entry.applicationId(), entry);
    }

    @Override
    public synchronized List<TalentPoolEntry> list(Platform platform, String skill, PageRequest<TimeKey> page) {
        var matching = entries.values().stream().filter(e -> e.platform() == platform)
                .filter(e -> skill == null || e.skills().contains(skill)).toList();
        return page.take(matching, e -> new TimeKey(e.pooledAt(), e.applicationId()), TimeKey.NEWEST_FIRST);
    }

    @Override
    public synchronized List<TalentPoolEntry> withAnySkill(Platform platform, List<String> skills) {
        return entries.values().stream().filter(e -> e.platform() == platform)
                .filter(e -> e.skills().stream().anyMatch(skills::contains)).toList();
    }

    @Override
    public synchronized void replaceMatches(UUID jobPostId, List<TalentPoolMatch> newMatches) {
        matches.put(jobPostId, List.copyOf(newMatches));
    }

    @Override
    public synchronized List<TalentPoolMatch> matches(UUID jobPostId) {
        return matches.getOrDefault(jobPostId, List.of()).stream()
                .sorted(Comparator.comparingInt(TalentPoolMatch::score).reversed()
                        .thenComparing(m -> m.entry().pooledAt(), Comparator.reverseOrder()))
                .toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        var entriesCopy = new LinkedHashMap<>(entries);
        var matchesCopy = new HashMap<>(matches);
        return () -> {
            synchronized (this) {
                entries = entriesCopy;
                matches = matchesCopy;
            }
        };
    }
}
