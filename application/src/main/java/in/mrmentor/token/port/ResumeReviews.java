package in.mrmentor.token.port;

import in.mrmentor.token.ResumeReview;

import java.util.List;
import java.util.UUID;

/** The {@code resume_review_requests} rows. */
public interface ResumeReviews {

    void add(ResumeReview review);

    /** The user's reviews, newest first (ties by id), as the contract checks on both adapters. */
    List<ResumeReview> ofUser(UUID userId);
}
