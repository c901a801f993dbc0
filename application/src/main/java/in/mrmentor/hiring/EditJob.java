package in.mrmentor.hiring;

import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.shared.port.Transactions;
import java.time.Clock;
import java.util.UUID;

/** The owner (or an admin) rewrites a post that is not closed. */
public final class EditJob {
    private final JobPosts posts;
    private final Transactions tx;
    private final Clock clock;

    public EditJob(JobPosts posts, Transactions tx, Clock clock) {
        this.posts = posts;
        this.tx = tx;
        this.clock = clock;
    }

    public JobPost edit(Recruiter recruiter, UUID postId, JobPostDetails details) {
        return tx.inTransaction(() -> {
            var post = RecordAccess.requirePost(recruiter, posts.lock(postId).orElse(null));
            var edited = post.edit(details, clock.instant());
            posts.replace(edited);
            return edited;
        });
    }
}
