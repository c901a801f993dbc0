package in.mrmentor.hiring.port;

import static org.assertj.core.api.Assertions.assertThat;

import in.mrmentor.hiring.HiringTestData;
import in.mrmentor.hiring.InterviewMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link Interviews} adapter shares. */
public abstract class InterviewsContract {

    protected abstract Interviews newInterviews();

    protected abstract UUID anApplication();

    @Test
    void anEventIdIsRecordedOnce() {
        var interviews = newInterviews();
        UUID application = anApplication();
        assertThat(interviews.recordEvent("evt-1", application, "message", HiringTestData.NOW)).isTrue();
        assertThat(interviews.recordEvent("evt-1", application, "message", HiringTestData.NOW)).isFalse();
        assertThat(interviews.recordEvent("evt-2", application, "completed", HiringTestData.NOW)).isTrue();
    }

    @Test
    void theTranscriptIsInTheOrderTheTurnsHappened() {
        var interviews = newInterviews();
        UUID application = anApplication();
        var second = new InterviewMessage("b", application, "candidate", "I know Java.", HiringTestData.NOW.plusSeconds(5));
        var first = new InterviewMessage("a", application, "agent", "Tell me about you.", HiringTestData.NOW);
        var third = new InterviewMessage("c", application, "agent", "Thanks.", HiringTestData.NOW.plusSeconds(9));
        interviews.addMessage(second);
        interviews.addMessage(third);
        interviews.addMessage(first);
        assertThat(interviews.transcript(application)).containsExactly(first, second, third);
        assertThat(interviews.transcript(anApplication())).isEmpty();
    }
}
