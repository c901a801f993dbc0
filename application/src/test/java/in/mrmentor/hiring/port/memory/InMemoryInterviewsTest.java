package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.port.Interviews;
import in.mrmentor.hiring.port.InterviewsContract;
import java.util.UUID;

class InMemoryInterviewsTest extends InterviewsContract {
    @Override
    protected Interviews newInterviews() {
        return new InMemoryInterviews();
    }

    @Override
    protected UUID anApplication() {
        return UUID.randomUUID();
    }
}
