package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TextKey;
import in.mrmentor.shared.Validation;
import java.util.UUID;

/** A post's applications for its owner: best score first, then oldest. */
public final class ListApplications {
    private static final Keyset<JobApplication, TextKey> ORDER = Keyset.byText("hire-applications",
            application -> new TextKey(application.rankKey(), application.id()));

    private final JobPosts posts;
    private final Applications applications;

    public ListApplications(JobPosts posts, Applications applications) {
        this.posts = posts;
        this.applications = applications;
    }

    public Page<JobApplication> list(Recruiter recruiter, UUID postId, CandidateStatus status, Integer minScore,
                                     int limit, String cursor) {
        new Validation().require(minScore == null || (minScore >= 0 && minScore <= 100), "minScore",
                "must be from 0 to 100").orThrow();
        Owned.post(recruiter, posts, postId);
        var request = ORDER.request(cursor, limit);
        return ORDER.page(applications.listForPost(postId, status, minScore, request), request);
    }
}
