package in.mrmentor.program;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A cohort of a program (seed 003 "Batch"): a unique code such as {@code MAS101-2027-JAN}, a start
 * date, the GST-inclusive enrollment fee, the seats it has and whether pay-after-placement is offered.
 */
public record Batch(UUID id, String code, String name, Program program, LocalDate startDate, long enrollmentFeePaise,
                    int capacity, boolean papAvailable, BatchStatus status, Instant createdAt) {
    public static final long MAX_FEE_PAISE = 100_000_000_00L;
    public static final int MAX_CAPACITY = 100_000;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,49}");

    public Batch {
        validate(code, name, program, startDate, enrollmentFeePaise, capacity);
    }

    public static void validate(String code, String name, Program program, LocalDate startDate, long fee, int capacity) {
        new Validation()
                .require(code != null && CODE.matcher(code).matches(), "code",
                        "must be 2-50 upper-case letters, digits or dashes")
                .requireText(name, "name", 200)
                .require(program != null, "program", "must be one of MAS101, MAS102, AERO, DRO")
                .require(startDate != null, "startDate", "is required")
                .require(fee >= 0 && fee <= MAX_FEE_PAISE, "enrollmentFeePaise", "must be from 0 to " + MAX_FEE_PAISE)
                .require(capacity >= 1 && capacity <= MAX_CAPACITY, "capacity", "must be from 1 to " + MAX_CAPACITY)
                .orThrow();
    }

    public Batch movedTo(BatchStatus next) {
        if (!status.canMoveTo(next)) {
            throw ProgramErrors.invalidTransition("batch", status, next);
        }
        return new Batch(id, code, name, program, startDate, enrollmentFeePaise, capacity, papAvailable, next, createdAt);
    }

    public Batch edited(String newName, LocalDate newStart, long newFee, int newCapacity, boolean newPap) {
        return new Batch(id, code, newName, program, newStart, newFee, newCapacity, newPap, status, createdAt);
    }
}
