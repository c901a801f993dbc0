package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.ScreeningQueue;
import java.util.List;
import java.util.UUID;

/** {@code mas hire rescreen --job ID [--dry-run]}: queues the screening of every application of a post not rejected. */
public final class RescreenJob {
    private final JobPosts posts;
    private final Applications applications;
    private final ScreeningQueue queue;

    public RescreenJob(JobPosts posts, Applications applications, ScreeningQueue queue) {
        this.posts = posts;
        this.applications = applications;
        this.queue = queue;
    }

    /** The applications queued (or, with {@code dryRun}, that would be). */
    public List<UUID> rescreen(UUID postId, boolean dryRun) {
        posts.find(postId).orElseThrow(HiringErrors::jobPostNotFound);
        var ids = applications.idsOfPost(postId).stream()
                .filter(id -> applications.find(id).map(a -> a.status() != CandidateStatus.REJECTED).orElse(false))
                .toList();
        if (!dryRun) {
            ids.forEach(queue::enqueue);
        }
        return ids;
    }
}
