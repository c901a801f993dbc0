package in.mrmentor.slot;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The student's word on a completed meeting (seed 003 {@code SlotsFeedBack}); one per slot. */
public record SlotFeedback(UUID id, UUID slotId, UUID studentId, Integer rating, String experience, String comment,
                           Instant createdAt) {
    public static final int MAX_TEXT_LENGTH = 4000;

    public SlotFeedback {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(createdAt, "createdAt");
        check(rating, experience, comment).orThrow();
    }

    /** The rules of what the student writes, for a command that checks them before the slot is looked up. */
    public static Validation check(Integer rating, String experience, String comment) {
        return new Validation()
                .require(rating != null && rating >= 1 && rating <= 5, "rating", "must be between 1 and 5")
                .requireText(experience, "experience", MAX_TEXT_LENGTH)
                .optionalText(comment, "comment", MAX_TEXT_LENGTH);
    }
}
