package in.mrmentor.hiring;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import java.util.Objects;
import java.util.UUID;

/** 409 {@code DUPLICATE_APPLICATION}: the post already has this candidate (same email or phone). */
public final class DuplicateApplicationException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final UUID existingApplicationId;

    public DuplicateApplicationException(UUID existingApplicationId) {
        super(ErrorKind.CONFLICT, HiringErrors.DUPLICATE_APPLICATION,
                "This candidate has already applied to this post (same email or phone).");
        this.existingApplicationId = Objects.requireNonNull(existingApplicationId, "existingApplicationId");
    }

    public UUID existingApplicationId() {
        return existingApplicationId;
    }
}
