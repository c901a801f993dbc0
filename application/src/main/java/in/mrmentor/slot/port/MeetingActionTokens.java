package in.mrmentor.slot.port;

import in.mrmentor.slot.MeetingActionToken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface MeetingActionTokens {

    void add(MeetingActionToken token);

    /** Stores every token; an adapter writes them in one statement. */
    default void addAll(List<MeetingActionToken> tokens) {
        tokens.forEach(this::add);
    }

    /**
     * Marks the token with this digest used, if it is unused and unexpired at {@code now}, atomically:
     * of two racing redemptions one gets the token and the other gets empty.
     */
    Optional<MeetingActionToken> redeem(String digest, Instant now);
}
