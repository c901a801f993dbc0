package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.TalentPool;
import in.mrmentor.shared.port.Transactions;
import java.time.Clock;
import java.util.UUID;

/** A recruiter moves an application by hand (a reason is required to reject); the move is kept in its history. */
public final class MoveApplication {
    private final JobPosts posts;
    private final Applications applications;
    private final TalentPool pool;
    private final Transactions tx;
    private final Clock clock;

    public MoveApplication(JobPosts posts, Applications applications, TalentPool pool, Transactions tx, Clock clock) {
        this.posts = posts;
        this.applications = applications;
        this.pool = pool;
        this.tx = tx;
        this.clock = clock;
    }

    public JobApplication move(Recruiter recruiter, UUID applicationId, CandidateStatus target, String reason) {
        return tx.inTransaction(() -> {
            var application = Owned.application(recruiter, applications, posts, applicationId, true);
            var moved = application.moveTo(target, clock.instant(), recruiter.id().toString(),
                    reason == null || reason.isBlank() ? null : reason.trim());
            applications.replace(moved.application());
            applications.appendHistory(applicationId, moved.entry());
            if (target == CandidateStatus.TALENT_POOL) {
                var analysis = applications.latestAnalysis(applicationId);
                pool.put(new TalentPoolEntry(applicationId, application.jobPostId(), application.platform(),
                        application.name(), analysis.map(ResumeAnalysis::skills).orElse(java.util.List.of()),
                        application.score() == null ? 0 : application.score(), clock.instant()));
            }
            return moved.application();
        });
    }
}
