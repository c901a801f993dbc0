package in.mrmentor.slot;

import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MeetingLogs;
import in.mrmentor.slot.port.MentorEarnings;
import in.mrmentor.slot.port.MentorProfiles;
import in.mrmentor.slot.port.Slots;

import java.time.Clock;
import java.util.UUID;

/**
 * A meeting is over: the mentor, an administrator or a meeting-ended event completes the slot, and
 * the mentor's earnings are credited exactly once however often this runs (seed 003
 * {@code earningsCredited}). The slot row is locked, the flag is set in the same transaction, and
 * the earnings store writes a credit for a slot at most once as a second line of defence.
 */
public final class CompleteSlot {
    private final Slots slots;
    private final MentorProfiles profiles;
    private final MentorEarnings earnings;
    private final MeetingLogs logs;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public CompleteSlot(Slots slots, MentorProfiles profiles, MentorEarnings earnings, MeetingLogs logs,
                        Transactions transactions, Clock clock, Ids ids) {
        this.slots = slots;
        this.profiles = profiles;
        this.earnings = earnings;
        this.logs = logs;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Slot complete(Actor actor, UUID slotId) {
        return transactions.inTransaction(() -> {
            var slot = slots.lock(slotId).orElseThrow(SlotErrors::slotNotFound);
            if (!actor.admin() && !slot.isMentor(actor.userId())) {
                throw SlotErrors.notParticipant();
            }
            var now = clock.instant();
            var completed = slot.status() == SlotStatus.COMPLETED ? slot : slot.moveTo(SlotStatus.COMPLETED);
            if (slot.status() != SlotStatus.COMPLETED) {
                logs.append(new MeetingLog(ids.next(), slotId, actor.userId(), MeetingAction.END, now));
            }
            if (!completed.earningsCredited()) {
                long amount = profiles.find(slot.mentorId()).map(MentorProfile::earningPerMeetingPaise).orElse(0L);
                if (amount > 0) {
                    earnings.lockBalance(slot.mentorId());
                    earnings.post(slot.mentorId(), EarningKind.MEETING, amount, "slot:" + slotId, now);
                }
                completed = completed.withEarningsCredited();
            }
            if (!completed.equals(slot)) {
                slots.update(completed);
            }
            return completed;
        });
    }
}
