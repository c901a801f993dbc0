package in.mrmentor.token.port;

import in.mrmentor.token.ResumeReview;

import java.util.List;
import java.util.UUID;

/** The {@code resume_review_requests} rows. */
public interface ResumeReviews {

    void add(ResumeReview review);

    List<ResumeReview> ofUser(UUID userId);
}
