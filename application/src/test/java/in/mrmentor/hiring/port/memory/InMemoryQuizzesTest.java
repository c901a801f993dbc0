package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.port.Quizzes;
import in.mrmentor.hiring.port.QuizzesContract;
import java.util.UUID;

class InMemoryQuizzesTest extends QuizzesContract {
    @Override
    protected Quizzes newQuizzes() {
        return new InMemoryQuizzes();
    }

    @Override
    protected UUID aRecruiter() {
        return UUID.randomUUID();
    }

    @Override
    protected UUID anApplication() {
        return UUID.randomUUID();
    }
}
