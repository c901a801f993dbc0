package in.mrmentor.persistence.token;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.token.port.ResumeReviews;
import in.mrmentor.token.port.ResumeReviewsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiResumeReviewsTest extends ResumeReviewsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected ResumeReviews newReviews() {
        return new JdbiResumeReviews(database.jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }
}
