package in.mrmentor.slot;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A slot as one viewer may see it: whether it is booked always, who booked it only where
 * {@link SlotAccessPolicy#SEE_WHO_BOOKED} allows. Adapters render this and decide nothing.
 */
public record SlotView(Slot slot, boolean booked, Optional<UUID> student) {
    public SlotView {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(student, "student");
    }

    public static SlotView of(Slot slot, Actor viewer) {
        boolean booked = slot.studentId() != null;
        boolean seesStudent = booked && SlotAccessPolicy.SEE_WHO_BOOKED.allows(viewer, slot);
        return new SlotView(slot, booked, seesStudent ? Optional.of(slot.studentId()) : Optional.empty());
    }
}
