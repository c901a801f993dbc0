package in.mrmentor.slot;

import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MeetingLogs;
import in.mrmentor.slot.port.Slots;

import java.time.Clock;
import java.util.UUID;

/** The student or mentor leaves the meeting; the log keeps joins and leaves for disputes and reviews. */
public final class LeaveMeeting {
    private final Slots slots;
    private final MeetingLogs logs;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public LeaveMeeting(Slots slots, MeetingLogs logs, Transactions transactions, Clock clock, Ids ids) {
        this.slots = slots;
        this.logs = logs;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public MeetingLog leave(UUID userId, UUID slotId) {
        return transactions.inTransaction(() -> {
            var slot = slots.find(slotId).orElseThrow(SlotErrors::slotNotFound);
            SlotAccessPolicy.PARTICIPANT.check(Actor.user(userId), slot);
            var log = new MeetingLog(ids.next(), slotId, userId, MeetingAction.LEAVE, clock.instant());
            logs.append(log);
            return log;
        });
    }
}
