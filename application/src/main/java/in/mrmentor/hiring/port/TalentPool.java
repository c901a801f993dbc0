package in.mrmentor.hiring.port;

import in.mrmentor.hiring.TalentPoolEntry;
import in.mrmentor.hiring.TalentPoolMatch;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.TimeKey;
import java.util.List;
import java.util.UUID;

/** The tenant-wide talent pool and its matches to posts. */
public interface TalentPool {

    /** Adds the entry, or replaces the entry of the same application. */
    void put(TalentPoolEntry entry);

    /** A tenant's entries, newest first, optionally only those with {@code skill}. */
    List<TalentPoolEntry> list(Platform platform, String skill, PageRequest<TimeKey> page);

    /** A tenant's entries sharing at least one of {@code skills}. */
    List<TalentPoolEntry> withAnySkill(Platform platform, List<String> skills);

    /** Replaces the post's matches with these. */
    void replaceMatches(UUID jobPostId, List<TalentPoolMatch> matches);

    /** The post's matches, best first (ties: most recently pooled first). */
    List<TalentPoolMatch> matches(UUID jobPostId);
}
