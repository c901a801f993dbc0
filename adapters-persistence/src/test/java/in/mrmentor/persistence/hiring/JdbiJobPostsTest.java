package in.mrmentor.persistence.hiring;

import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.JobPostsContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiJobPostsTest extends JobPostsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected JobPosts newPosts() {
        return new JdbiJobPosts(database.jdbi());
    }

    @Override
    protected UUID aRecruiter() {
        return TestUsers.insert(database.jdbi());
    }
}
