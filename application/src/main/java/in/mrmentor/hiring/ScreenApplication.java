package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.CostLedger;
import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.ResumeAnalyzer;
import in.mrmentor.hiring.port.ResumeStore;
import in.mrmentor.hiring.port.ResumeText;
import in.mrmentor.hiring.port.TalentPool;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The {@code resumeAnalysis} job (journey 4): extract the resume's text, analyse it, then in one
 * transaction store the analysis, move to {@code resume_parsed}, score against the post, store the
 * screening, move to {@code scoring_complete} and on to {@code shortlisted} or {@code talent_pool}
 * (with its pool entry). The slow part (the analyzer) runs outside the transaction; a failure there
 * changes no status, records its message on the application and is rethrown so the job is retried,
 * then dead-lettered with it. A screening never leaves an application between states.
 *
 * <p>A re-screen replaces the verdict only while no recruiter has moved the application past
 * {@code scoring_complete} by hand; a rejected application is never screened.
 */
public final class ScreenApplication {
    public static final String STAGE = "resume_analysis";

    private final JobPosts posts;
    private final Applications applications;
    private final TalentPool pool;
    private final ResumeStore resumes;
    private final ResumeText resumeText;
    private final ResumeAnalyzer analyzer;
    private final CostLedger costs;
    private final Transactions tx;
    private final Clock clock;
    private final Ids ids;

    public ScreenApplication(JobPosts posts, Applications applications, TalentPool pool, ResumeStore resumes,
                             ResumeText resumeText, ResumeAnalyzer analyzer, CostLedger costs, Transactions tx,
                             Clock clock, Ids ids) {
        this.posts = posts;
        this.applications = applications;
        this.pool = pool;
        this.resumes = resumes;
        this.resumeText = resumeText;
        this.analyzer = analyzer;
        this.costs = costs;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
    }

    public enum Outcome { SCREENED, SKIPPED }

    public Outcome screen(UUID applicationId) {
        var application = applications.find(applicationId).orElse(null);
        if (application == null || !screenable(application)) {
            return Outcome.SKIPPED;
        }
        var post = posts.find(application.jobPostId()).orElseThrow(HiringErrors::jobPostNotFound);
        ResumeAnalyzer.Result result;
        try {
            byte[] content = resumes.read(application.resume().key())
                    .orElseThrow(() -> new IllegalStateException("the resume file is missing from the blob store"));
            result = analyzer.analyze(resumeText.extract(content, application.resume().contentType()), post.details());
        } catch (RuntimeException e) {
            recordFailure(applicationId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            throw e;
        }
        return tx.inTransaction(() -> {
            var current = applications.lock(applicationId).orElseThrow(HiringErrors::applicationNotFound);
            if (!screenable(current)) {
                return Outcome.SKIPPED;
            }
            var now = clock.instant();
            result.usage().ifPresent(usage -> costs.add(new CostEntry(ids.next(), applicationId, STAGE,
                    usage.provider(), usage.model(), usage.promptTokens(), usage.completionTokens(),
                    usage.costMicroUsd(), now)));
            var analysis = result.analysis();
            applications.saveAnalysis(applicationId, analysis, now);
            var screening = ScoringRule.score(post.details(), analysis);
            applications.saveScreening(applicationId, screening, now);
            var app = current.withScreening(screening.score(), null, now);
            app = step(app, CandidateStatus.RESUME_PARSED, now, "resume analysed (" + analysis.analyzer() + ")");
            app = step(app, CandidateStatus.SCORING_COMPLETE, now, "score " + screening.score() + " against threshold "
                    + screening.threshold());
            var verdict = screening.verdict().status();
            if (app.status() == CandidateStatus.SCORING_COMPLETE
                    || (app.status() == CandidateStatus.TALENT_POOL && verdict == CandidateStatus.SHORTLISTED)) {
                app = step(app, verdict, now, verdict == CandidateStatus.SHORTLISTED
                        ? "score at or above the threshold" : "score below the threshold");
            }
            applications.replace(app);
            if (app.status() == CandidateStatus.TALENT_POOL) {
                pool.put(new TalentPoolEntry(applicationId, app.jobPostId(), app.platform(), app.name(),
                        analysis.skills(), screening.score(), now));
            }
            return Outcome.SCREENED;
        });
    }

    /** Not rejected, and not moved past scoring_complete by a recruiter's hand. */
    private boolean screenable(JobApplication application) {
        if (application.status() == CandidateStatus.REJECTED) {
            return false;
        }
        if (application.status() == CandidateStatus.SHORTLISTED || application.status() == CandidateStatus.TALENT_POOL) {
            List<HistoryEntry> history = applications.history(application.id());
            return history.stream().filter(entry -> entry.to() == application.status()).reduce((a, b) -> b)
                    .map(HistoryEntry::bySystem).orElse(false);
        }
        return true;
    }

    private JobApplication step(JobApplication app, CandidateStatus target, java.time.Instant now, String reason) {
        if (!app.status().canMoveTo(target) || app.status().isDecided() && target != CandidateStatus.SHORTLISTED) {
            return app;
        }
        var moved = app.moveTo(target, now, HistoryEntry.SYSTEM, reason);
        applications.appendHistory(app.id(), moved.entry());
        return moved.application();
    }

    private void recordFailure(UUID applicationId, String message) {
        tx.run(() -> applications.lock(applicationId).ifPresent(current -> applications.replace(
                current.withScreening(current.score(), "screening failed: " + truncate(message), clock.instant()))));
    }

    private static String truncate(String message) {
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
