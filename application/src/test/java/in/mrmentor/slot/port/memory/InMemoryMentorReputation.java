package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.SlotStatus;
import in.mrmentor.slot.port.MentorReputation;
import in.mrmentor.slot.port.SlotFeedbacks;
import in.mrmentor.slot.port.Slots;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the in-memory slots and feedback through their own ports. */
public final class InMemoryMentorReputation implements MentorReputation {
    private final Slots slots;
    private final SlotFeedbacks feedbacks;

    public InMemoryMentorReputation(Slots slots, SlotFeedbacks feedbacks) {
        this.slots = slots;
        this.feedbacks = feedbacks;
    }

    @Override
    public Reputation of(UUID mentorId) {
        List<Slot> mine = new ArrayList<>();
        PageRequest<TimeKey> page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            var batch = slots.matching(new Slots.Filter(null, mentorId, null, null, null), page);
            mine.addAll(batch.subList(0, Math.min(batch.size(), page.limit())));
            if (batch.size() <= page.limit()) {
                break;
            }
            var last = batch.get(page.limit() - 1);
            page = new PageRequest<>(new TimeKey(last.time().start(), last.id()), PageRequest.MAX_LIMIT);
        }
        var ratings = mine.stream().flatMap(s -> feedbacks.forSlot(s.id()).stream())
                .filter(f -> f.rating() != null).mapToInt(f -> f.rating()).summaryStatistics();
        long completed = mine.stream().filter(s -> s.status() == SlotStatus.COMPLETED).count();
        return new Reputation(ratings.getCount() == 0 ? null : Math.round(ratings.getAverage() * 100) / 100.0,
                ratings.getCount(), completed);
    }
}
