package in.mrmentor.persistence.hiring;

import in.mrmentor.hiring.port.Interviews;
import in.mrmentor.hiring.port.InterviewsContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.Platform;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiInterviewsTest extends InterviewsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Interviews newInterviews() {
        var jdbi = database.jdbi();
        var interviews = new JdbiInterviews(jdbi);
        // Messages refer to their event: record each before its message, as the use case does.
        return new Interviews() {
            @Override
            public boolean recordEvent(String eventId, UUID applicationId, String type, java.time.Instant at) {
                return interviews.recordEvent(eventId, applicationId, type, at);
            }

            @Override
            public void addMessage(in.mrmentor.hiring.InterviewMessage message) {
                interviews.recordEvent(message.eventId(), message.applicationId(), "message", message.at());
                interviews.addMessage(message);
            }

            @Override
            public java.util.List<in.mrmentor.hiring.InterviewMessage> transcript(UUID applicationId) {
                return interviews.transcript(applicationId);
            }
        };
    }

    @Override
    protected UUID anApplication() {
        return HiringRows.application(database.jdbi(), HiringRows.post(database.jdbi(), Platform.MR_MENTOR));
    }
}
