package in.mrmentor.slot;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** @param slotId the slot created when the mentor accepted, else null */
public record SlotRequest(UUID id, UUID studentId, UUID mentorId, Instant preferredStart, String message,
                          SlotRequestStatus status, UUID slotId, Instant createdAt) {
    public static final int MAX_MESSAGE_LENGTH = 2000;

    public SlotRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        new Validation()
                .require(mentorId != null, "mentorId", "is required")
                .require(preferredStart != null, "preferredStart", "is required")
                .optionalText(message, "message", MAX_MESSAGE_LENGTH)
                .orThrow();
    }

    /** Only the mentor a request is addressed to may see, accept or decline it. */
    public boolean isAddressedTo(UUID mentor) {
        return mentorId.equals(mentor);
    }

    public SlotRequest declined() {
        if (!status.canMoveTo(SlotRequestStatus.DECLINED)) {
            throw SlotErrors.invalidTransition("slot request", status, SlotRequestStatus.DECLINED);
        }
        return new SlotRequest(id, studentId, mentorId, preferredStart, message, SlotRequestStatus.DECLINED, null,
                createdAt);
    }

    /** The student takes back an open request; a decided one stays as it is (409 {@code ALREADY_DECIDED}). */
    public SlotRequest withdrawn() {
        if (!status.isOpen()) {
            throw SlotErrors.alreadyDecided();
        }
        return new SlotRequest(id, studentId, mentorId, preferredStart, message, SlotRequestStatus.WITHDRAWN, null,
                createdAt);
    }

    public boolean isFrom(UUID student) {
        return studentId.equals(student);
    }

    public SlotRequest acceptedAs(UUID slot) {
        if (!status.canMoveTo(SlotRequestStatus.CONFIRMED)) {
            throw SlotErrors.invalidTransition("slot request", status, SlotRequestStatus.CONFIRMED);
        }
        return new SlotRequest(id, studentId, mentorId, preferredStart, message, SlotRequestStatus.CONFIRMED, slot,
                createdAt);
    }
}
