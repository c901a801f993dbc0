package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.ScreeningQueue;
import java.util.UUID;

/** The owner asks for a (re-)screening: the {@code resumeAnalysis} job is queued, never doubled while one waits. */
public final class RequestScreening {
    private final JobPosts posts;
    private final Applications applications;
    private final ScreeningQueue queue;

    public RequestScreening(JobPosts posts, Applications applications, ScreeningQueue queue) {
        this.posts = posts;
        this.applications = applications;
        this.queue = queue;
    }

    public JobApplication request(Recruiter recruiter, UUID applicationId) {
        var application = Owned.application(recruiter, applications, posts, applicationId, false);
        if (application.status() == CandidateStatus.REJECTED) {
            throw HiringErrors.invalidTransition(application.status().wire(), "screening");
        }
        queue.enqueue(applicationId);
        return application;
    }
}
