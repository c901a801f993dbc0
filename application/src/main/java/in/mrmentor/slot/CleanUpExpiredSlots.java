package in.mrmentor.slot;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.Slots;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * DOMAIN.md cleanup: unbooked TENTATIVE slots whose start has passed are removed; CONFIRMED slots
 * that ended more than 24 hours ago without completion go to UNDER_REVIEW for an administrator.
 * Running it again changes nothing more; the report says what changed (or, dry, what would).
 */
public final class CleanUpExpiredSlots {
    public static final Duration REVIEW_AFTER = Duration.ofHours(24);

    public record Change(UUID slotId, UUID mentorId, SlotStatus from, String action) {
    }

    public record Report(boolean dryRun, List<Change> removed, List<Change> sentToReview) {
        public Report {
            removed = List.copyOf(removed);
            sentToReview = List.copyOf(sentToReview);
        }

        public int total() {
            return removed.size() + sentToReview.size();
        }
    }

    private final Slots slots;
    private final Transactions transactions;
    private final Clock clock;

    public CleanUpExpiredSlots(Slots slots, Transactions transactions, Clock clock) {
        this.slots = slots;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Report run(boolean dryRun) {
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            List<Change> removed = new ArrayList<>();
            for (Slot slot : slots.unbookedStartedBefore(now)) {
                if (dryRun || slots.removeUnbooked(slot.id())) {
                    removed.add(new Change(slot.id(), slot.mentorId(), slot.status(), "REMOVED"));
                }
            }
            List<Change> review = new ArrayList<>();
            for (Slot found : slots.confirmedEndedBefore(now.minus(REVIEW_AFTER))) {
                if (dryRun) {
                    review.add(new Change(found.id(), found.mentorId(), found.status(), "UNDER_REVIEW"));
                    continue;
                }
                var slot = slots.lock(found.id()).filter(s -> s.status() == SlotStatus.CONFIRMED);
                if (slot.isPresent()) {
                    slots.update(slot.get().moveTo(SlotStatus.UNDER_REVIEW));
                    review.add(new Change(found.id(), found.mentorId(), SlotStatus.CONFIRMED, "UNDER_REVIEW"));
                }
            }
            return new Report(dryRun, removed, review);
        });
    }
}
