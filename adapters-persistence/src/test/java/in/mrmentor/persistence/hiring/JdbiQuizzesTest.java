package in.mrmentor.persistence.hiring;

import in.mrmentor.hiring.port.Quizzes;
import in.mrmentor.hiring.port.QuizzesContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.shared.Platform;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiQuizzesTest extends QuizzesContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Quizzes newQuizzes() {
        return new JdbiQuizzes(database.jdbi());
    }

    @Override
    protected UUID aRecruiter() {
        return TestUsers.insert(database.jdbi());
    }

    @Override
    protected UUID anApplication() {
        return HiringRows.application(database.jdbi(), HiringRows.post(database.jdbi(), Platform.MR_MENTOR));
    }
}
