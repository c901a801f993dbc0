package in.mrmentor.slot;

import java.util.Objects;
import java.util.UUID;

/** Who acts on a slot: a user, and whether they act as an administrator. {@link SlotAccessPolicy} judges them. */
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
}
