package in.mrmentor.hiring;

import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.TalentPool;
import in.mrmentor.shared.port.Transactions;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;

/**
 * Moves a post through its lifecycle. When it becomes active, the tenant's pooled candidates whose
 * skills overlap the post's are scored against it and stored as its matches, best first.
 */
public final class ChangeJobStatus {
    private final JobPosts posts;
    private final TalentPool pool;
    private final Transactions tx;
    private final Clock clock;

    public ChangeJobStatus(JobPosts posts, TalentPool pool, Transactions tx, Clock clock) {
        this.posts = posts;
        this.pool = pool;
        this.tx = tx;
        this.clock = clock;
    }

    public JobPost change(Recruiter recruiter, UUID postId, JobPostStatus target) {
        return tx.inTransaction(() -> {
            var post = RecordAccess.requirePost(recruiter, posts.lock(postId).orElse(null));
            var moved = post.moveTo(target, clock.instant());
            posts.replace(moved);
            if (target == JobPostStatus.ACTIVE) {
                var skills = moved.details().skills();
                var matches = pool.withAnySkill(moved.platform(), skills).stream()
                        .filter(entry -> !entry.jobPostId().equals(moved.id()))
                        .map(entry -> new TalentPoolMatch(moved.id(), entry,
                                ScoringRule.matchScore(skills, entry.skills()), moved.updatedAt()))
                        .filter(match -> match.score() > 0)
                        .sorted(Comparator.comparingInt(TalentPoolMatch::score).reversed())
                        .toList();
                pool.replaceMatches(moved.id(), matches);
            }
            return moved;
        });
    }
}
