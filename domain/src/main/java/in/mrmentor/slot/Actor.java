package in.mrmentor.slot;

import java.util.Objects;
import java.util.UUID;

/** Who acts on a slot: a user, and whether they act as an administrator. */
public record Actor(UUID userId, boolean admin) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
    }

    public static Actor user(UUID userId) {
        return new Actor(userId, false);
    }

    public static Actor administrator(UUID userId) {
        return new Actor(userId, true);
    }

    /** The slot's student or mentor, or an administrator. */
    boolean mayActOn(Slot slot) {
        return admin || slot.isParticipant(userId);
    }
}
