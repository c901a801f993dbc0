package in.mrmentor.slot;

import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.EarlyCompletions;
import in.mrmentor.slot.port.MeetingLogs;
import in.mrmentor.slot.port.MentorEarnings;
import in.mrmentor.slot.port.MentorProfiles;
import in.mrmentor.slot.port.Slots;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * A meeting is over: the mentor, an administrator or a meeting-ended event completes the slot, and
 * the mentor's earnings are credited exactly once however often this runs (seed 003
 * {@code earningsCredited}). {@link Slot#complete} decides what is credited and when; here the slot
 * row is locked, the flag is stored in the same transaction as the credit, and the earnings store
 * writes a credit for a slot at most once as a second line of defence. Before the slot's start only
 * an administrator with a reason completes it ({@link CompletionTimingPolicy}); the reason is stored
 * in the same transaction.
 */
public final class CompleteSlot {
    private final Slots slots;
    private final MentorProfiles profiles;
    private final MentorEarnings earnings;
    private final MeetingLogs logs;
    private final EarlyCompletions earlyCompletions;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public CompleteSlot(Slots slots, MentorProfiles profiles, MentorEarnings earnings, MeetingLogs logs,
                        EarlyCompletions earlyCompletions, Transactions transactions, Clock clock, Ids ids) {
        this.slots = slots;
        this.profiles = profiles;
        this.earnings = earnings;
        this.logs = logs;
        this.earlyCompletions = earlyCompletions;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** Completes a meeting that has started; 409 {@code MEETING_NOT_STARTED} before its start. */
    public Slot complete(Actor actor, UUID slotId) {
        return complete(actor, slotId, Optional.empty());
    }

    /** As {@link #complete(Actor, UUID)}; an administrator's {@code earlyReason} lets the meeting end before its start. */
    public Slot complete(Actor actor, UUID slotId, Optional<String> earlyReason) {
        return transactions.inTransaction(() -> {
            var slot = slots.lock(slotId).orElseThrow(SlotErrors::slotNotFound);
            SlotAccessPolicy.MENTOR_OR_ADMIN.check(actor, slot);
            var now = clock.instant();
            // A credited slot is owed nothing, so its mentor's profile is not read.
            long earning = slot.earningsCredited() ? 0
                    : profiles.find(slot.mentorId()).map(MentorProfile::earningPerMeetingPaise).orElse(0L);
            var completion = slot.complete(new CompletionRequest(actor, now, earlyReason), earning);
            completion.early().ifPresent(earlyCompletions::record);
            if (completion.endedNow()) {
                logs.append(new MeetingLog(ids.next(), slotId, actor.userId(), MeetingAction.END, now));
            }
            completion.credit().ifPresent(credit -> {
                earnings.lockBalance(credit.mentorId());
                earnings.post(credit.mentorId(), credit.kind(), credit.amountPaise(), credit.reference(), now);
            });
            if (!completion.slot().equals(slot)) {
                slots.update(completion.slot());
            }
            return completion.slot();
        });
    }
}
