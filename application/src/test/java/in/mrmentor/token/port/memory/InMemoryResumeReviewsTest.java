package in.mrmentor.token.port.memory;

import in.mrmentor.token.port.ResumeReviews;
import in.mrmentor.token.port.ResumeReviewsContract;

import java.util.UUID;

class InMemoryResumeReviewsTest extends ResumeReviewsContract {
    @Override
    protected ResumeReviews newReviews() {
        return new InMemoryResumeReviews();
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }
}
