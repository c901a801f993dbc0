package in.mrmentor.hiring;

import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import java.time.Clock;

/** A recruiter writes a post; it starts as a draft in the tenant it was written under. */
public final class PostJob {
    private final JobPosts posts;
    private final Transactions tx;
    private final Clock clock;
    private final Ids ids;

    public PostJob(JobPosts posts, Transactions tx, Clock clock, Ids ids) {
        this.posts = posts;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
    }

    public JobPost post(Recruiter recruiter, Platform platform, JobPostDetails details) {
        var post = JobPost.draft(ids.next(), platform, recruiter.id(), details, clock.instant());
        tx.run(() -> posts.add(post));
        return post;
    }
}
