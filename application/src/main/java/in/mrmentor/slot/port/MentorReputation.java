package in.mrmentor.slot.port;

import java.util.UUID;

/** What students' feedback and the completed meetings say of a mentor. */
public interface MentorReputation {

    /** @param ratingAverage null while nobody rated the mentor */
    record Reputation(Double ratingAverage, long ratingCount, long completedMeetings) {
    }

    Reputation of(UUID mentorId);
}
