package in.mrmentor.slot;

import java.util.Objects;
import java.util.UUID;

/**
 * A mentor's earning for one completed meeting. Its reference names the slot, and the earnings store
 * keeps each {@code (kind, reference)} once, so the credit cannot land twice even if the slot's guard
 * were bypassed.
 */
public record MeetingCredit(UUID mentorId, long amountPaise, String reference) {
    public MeetingCredit {
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(reference, "reference");
        if (!EarningKind.MEETING.allows(amountPaise)) {
            throw new IllegalArgumentException("a meeting credit is a positive amount");
        }
    }

    public EarningKind kind() {
        return EarningKind.MEETING;
    }
}
