package in.mrmentor.slot;

import in.mrmentor.slot.port.MeetingEvents;
import in.mrmentor.slot.port.Slots;

import java.util.Optional;

/**
 * The third way a slot completes (besides its mentor and an admin): the meeting provider reports the
 * meeting ended. Completion is idempotent, so a provider retrying its webhook credits the mentor once.
 */
public final class ReceiveMeetingEvent {
    private final MeetingEvents events;
    private final Slots slots;
    private final CompleteSlot complete;

    public ReceiveMeetingEvent(MeetingEvents events, Slots slots, CompleteSlot complete) {
        this.events = events;
        this.slots = slots;
        this.complete = complete;
    }

    /** The slot the event completed, or empty for an event that changes nothing. */
    public Optional<Slot> receive(byte[] rawBody, String signature) {
        var event = events.read(rawBody, signature);
        if (event instanceof MeetingEvents.Ended ended) {
            var slot = slots.find(ended.slotId()).orElseThrow(SlotErrors::slotNotFound);
            // The provider acts for the meeting's host; the meeting log records the end under the mentor.
            return Optional.of(complete.complete(Actor.administrator(slot.mentorId()), slot.id()));
        } else if (event instanceof MeetingEvents.Ignored) {
            return Optional.empty();
        }
        throw new IllegalStateException("an event this use case does not know: " + event);
    }
}
