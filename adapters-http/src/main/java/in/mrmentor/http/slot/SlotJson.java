package in.mrmentor.http.slot;

import in.mrmentor.slot.Slot;

import java.time.Instant;
import java.util.UUID;

/** A slot as every mentorship route answers it: offered, listed, booked, cancelled or completed. */
public record SlotJson(UUID id, UUID mentorId, UUID studentId, Instant startDateTime, Instant endDateTime,
                       String status, long tokenCost, long tokensSpent, boolean earningsCredited) {
    static SlotJson of(Slot s) {
        return new SlotJson(s.id(), s.mentorId(), s.studentId(), s.time().start(), s.time().end(),
                s.status().name(), s.tokenCost(), s.tokensSpent(), s.earningsCredited());
    }
}
