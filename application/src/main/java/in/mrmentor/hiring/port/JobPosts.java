package in.mrmentor.hiring.port;

import in.mrmentor.hiring.JobPost;
import in.mrmentor.hiring.JobPostStatus;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.TimeKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Job posts, newest first in every list. */
public interface JobPosts {

    void add(JobPost post);

    Optional<JobPost> find(UUID id);

    /** The post, held against concurrent changes until the transaction ends. */
    Optional<JobPost> lock(UUID id);

    void replace(JobPost post);

    /**
     * Active posts of a tenant, newest first; {@code text} matches title or description, {@code skill}
     * one skill exactly, {@code location} a part of the location, all without regard to case; null filters nothing.
     */
    List<JobPost> listActive(Platform platform, String text, String skill, String location, PageRequest<TimeKey> page);

    /** The posts of {@code ownerId} (null: everyone's), optionally of one status, newest first. */
    List<JobPost> listOwned(UUID ownerId, JobPostStatus status, PageRequest<TimeKey> page);
}
