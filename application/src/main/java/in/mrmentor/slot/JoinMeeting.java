package in.mrmentor.slot;

import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MeetingLogs;
import in.mrmentor.slot.port.Slots;

import java.time.Clock;
import java.util.UUID;

/** The student or mentor of a confirmed slot joins its meeting inside the join window; each join is logged. */
public final class JoinMeeting {

    public record Joined(UUID slotId, String joinUrl) {
    }

    private final Slots slots;
    private final MeetingLogs logs;
    private final JoinWindow window;
    private final String meetingUrlBase;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public JoinMeeting(Slots slots, MeetingLogs logs, JoinWindow window, String meetingUrlBase,
                       Transactions transactions, Clock clock, Ids ids) {
        this.slots = slots;
        this.logs = logs;
        this.window = window;
        this.meetingUrlBase = meetingUrlBase;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Joined join(UUID userId, UUID slotId) {
        return transactions.inTransaction(() -> {
            var slot = slots.find(slotId).orElseThrow(SlotErrors::slotNotFound);
            SlotAccessPolicy.PARTICIPANT.check(Actor.user(userId), slot);
            var now = clock.instant();
            if (!slot.isJoinable(window, now)) {
                throw SlotErrors.joinWindowClosed(window.opensAt(slot.time()), window.closesAt(slot.time()));
            }
            logs.append(new MeetingLog(ids.next(), slotId, userId, MeetingAction.JOIN, now));
            return new Joined(slotId, meetingUrlBase + slotId);
        });
    }
}
