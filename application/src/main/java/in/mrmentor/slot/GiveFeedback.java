package in.mrmentor.slot;

import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.SlotFeedbacks;
import in.mrmentor.slot.port.Slots;

import java.time.Clock;
import java.util.UUID;

/** The student of a completed slot rates it, once (409 {@code FEEDBACK_EXISTS} afterwards). */
public final class GiveFeedback {

    public record Command(Integer rating, String experience, String comment) {
        public Command {
            SlotFeedback.check(rating, experience, comment).orThrow();
        }
    }

    private final Slots slots;
    private final SlotFeedbacks feedbacks;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public GiveFeedback(Slots slots, SlotFeedbacks feedbacks, Transactions transactions, Clock clock, Ids ids) {
        this.slots = slots;
        this.feedbacks = feedbacks;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public SlotFeedback give(UUID studentId, UUID slotId, Command command) {
        var feedback = new SlotFeedback(ids.next(), slotId, studentId, command.rating(), command.experience(),
                command.comment(), clock.instant());
        return transactions.inTransaction(() -> {
            var slot = slots.find(slotId).orElseThrow(SlotErrors::slotNotFound);
            SlotAccessPolicy.STUDENT.check(Actor.user(studentId), slot);
            if (!slot.isCompleted()) {
                throw SlotErrors.notCompleted();
            }
            if (!feedbacks.add(feedback)) {
                throw SlotErrors.feedbackExists();
            }
            return feedback;
        });
    }
}
