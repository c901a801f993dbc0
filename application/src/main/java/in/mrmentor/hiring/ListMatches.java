package in.mrmentor.hiring;

import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.TalentPool;
import java.util.List;
import java.util.UUID;

/** A post's talent-pool matches for its owner, best first. */
public final class ListMatches {
    private final JobPosts posts;
    private final TalentPool pool;

    public ListMatches(JobPosts posts, TalentPool pool) {
        this.posts = posts;
        this.pool = pool;
    }

    public List<TalentPoolMatch> list(Recruiter recruiter, UUID postId) {
        Owned.post(recruiter, posts, postId);
        return pool.matches(postId);
    }
}
