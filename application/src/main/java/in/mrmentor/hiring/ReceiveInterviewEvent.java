package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.InterviewEvents;
import in.mrmentor.hiring.port.Interviews;
import in.mrmentor.shared.port.Transactions;
import java.time.Clock;

/**
 * The voice-interview provider's signed events: a {@code message} adds a transcript turn, {@code completed}
 * moves the application to {@code voice_interview_completed} (when that lies ahead). An event id seen
 * before changes nothing, so the provider may replay freely.
 */
public final class ReceiveInterviewEvent {
    private final InterviewEvents events;
    private final Interviews interviews;
    private final Applications applications;
    private final Transactions tx;
    private final Clock clock;

    public ReceiveInterviewEvent(InterviewEvents events, Interviews interviews, Applications applications,
                                 Transactions tx, Clock clock) {
        this.events = events;
        this.interviews = interviews;
        this.applications = applications;
        this.tx = tx;
        this.clock = clock;
    }

    /** True when the event was recorded, false for a replay (or a rejected application). */
    public boolean receive(byte[] rawBody, String signature) {
        var event = events.read(rawBody, signature);
        return tx.inTransaction(() -> {
            var application = applications.lock(event.applicationId()).orElseThrow(HiringErrors::applicationNotFound);
            if (application.status() == CandidateStatus.REJECTED
                    || !interviews.recordEvent(event.eventId(), event.applicationId(), event.type(), event.at())) {
                return false;
            }
            if ("message".equals(event.type())) {
                interviews.addMessage(new InterviewMessage(event.eventId(), event.applicationId(), event.role(),
                        event.text(), event.at()));
            } else if ("completed".equals(event.type())) {
                var next = application.status().advancedTo(CandidateStatus.VOICE_INTERVIEW_COMPLETED);
                if (next != application.status()) {
                    var moved = application.moveTo(next, clock.instant(), HistoryEntry.SYSTEM, "voice interview completed");
                    applications.replace(moved.application());
                    applications.appendHistory(application.id(), moved.entry());
                }
            }
            return true;
        });
    }
}
