package in.mrmentor.http.slot;

import in.mrmentor.http.OneOf;
import in.mrmentor.http.Required;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.SlotStatus;
import in.mrmentor.slot.SlotView;

import java.time.Instant;
import java.util.UUID;

/**
 * A slot as every mentorship route answers it: offered, listed, booked, cancelled or completed.
 * {@code studentId} is null where the viewer may not see who booked it; {@code booked} still tells.
 */
public record SlotJson(@Required UUID id, @Required UUID mentorId, UUID studentId, boolean booked,
                       @Required Instant startDateTime, @Required Instant endDateTime,
                       @Required @OneOf(SlotStatus.class) String status, long tokenCost, long tokensSpent,
                       boolean earningsCredited) {

    /** For routes whose caller is the slot's own student, mentor or an admin. */
    static SlotJson of(Slot s) {
        return new SlotJson(s.id(), s.mentorId(), s.studentId(), s.studentId() != null, s.time().start(),
                s.time().end(), s.status().name(), s.tokenCost(), s.tokensSpent(), s.earningsCredited());
    }

    static SlotJson of(SlotView view) {
        Slot s = view.slot();
        return new SlotJson(s.id(), s.mentorId(), view.student().orElse(null), view.booked(), s.time().start(),
                s.time().end(), s.status().name(), s.tokenCost(), s.tokensSpent(), s.earningsCredited());
    }
}
