package in.mrmentor.hiring;

import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;

/** A recruiter's own posts (an admin's: everyone's), newest first. */
public final class ListMyJobs {
    private static final Keyset<JobPost, TimeKey> ORDER = Keyset.byTime("hire-my-jobs",
            post -> new TimeKey(post.createdAt(), post.id()));

    private final JobPosts posts;

    public ListMyJobs(JobPosts posts) {
        this.posts = posts;
    }

    public Page<JobPost> list(Recruiter recruiter, JobPostStatus status, int limit, String cursor) {
        var request = ORDER.request(cursor, limit);
        return ORDER.page(posts.listOwned(recruiter.admin() ? null : recruiter.id(), status, request), request);
    }
}
