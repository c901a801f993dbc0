package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.JobPost;
import in.mrmentor.hiring.JobPostStatus;
import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryJobPosts implements JobPosts, InMemoryTransactions.Participant {
    private final Map<UUID, JobPost> rows = new LinkedHashMap<>();

    @Override
    public synchronized void add(JobPost post) {
        if (rows.putIfAbsent(post.id(), post) != null) {
            throw new IllegalStateException("post " + post.id() + " exists");
        }
    }

    @Override
    public synchronized Optional<JobPost> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<JobPost> lock(UUID id) {
        return find(id);
    }

    @Override
    public synchronized void replace(JobPost post) {
        rows.replace(post.id(), post);
    }

    @Override
    public synchronized List<JobPost> listActive(Platform platform, String text, String skill, String location,
                                                 PageRequest<TimeKey> page) {
        var matching = rows.values().stream()
                .filter(p -> p.status() == JobPostStatus.ACTIVE && p.platform() == platform)
                .filter(p -> text == null || contains(p.details().title(), text) || contains(p.details().description(), text))
                .filter(p -> skill == null || p.details().skills().contains(skill.toLowerCase(Locale.ROOT)))
                .filter(p -> location == null || contains(p.details().location(), location))
                .toList();
        return page.take(matching, p -> new TimeKey(p.createdAt(), p.id()), TimeKey.NEWEST_FIRST);
    }

    @Override
    public synchronized List<JobPost> listOwned(UUID ownerId, JobPostStatus status, PageRequest<TimeKey> page) {
        var matching = rows.values().stream()
                .filter(p -> ownerId == null || p.ownerId().equals(ownerId))
                .filter(p -> status == null || p.status() == status)
                .toList();
        return page.take(matching, p -> new TimeKey(p.createdAt(), p.id()), TimeKey.NEWEST_FIRST);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, JobPost> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
