package in.mrmentor.slot;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone asks to complete a slot's meeting: who, when, and, for an administrator completing it
 * before its start, why ({@link CompletionTimingPolicy}). A reason given is never blank.
 */
public record CompletionRequest(Actor actor, Instant at, Optional<String> earlyReason) {
    public static final int MAX_REASON_LENGTH = 1000;

    public CompletionRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(earlyReason, "earlyReason");
        earlyReason.ifPresent(reason -> new Validation().requireText(reason, "reason", MAX_REASON_LENGTH).orThrow());
        earlyReason = earlyReason.map(String::strip);
    }

    /** A completion without a reason: allowed from the slot's start on. */
    public static CompletionRequest by(Actor actor, Instant at) {
        return new CompletionRequest(actor, at, Optional.empty());
    }
}
