package in.mrmentor.program;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A program application's lifecycle (seed 003, PROGRAMS.md "Program applications"):
 * {@code DRAFT -> SUBMITTED -> UNDER_REVIEW -> APPROVED | REJECTED}, then
 * {@code APPROVED -> PAYMENT_RECEIVED -> PAID -> BATCH_ALLOCATED -> ENROLLED -> DEBOARDED}. A PAP
 * student pays nothing upfront, so {@code APPROVED -> BATCH_ALLOCATED} is allowed too (PROGRAMS.md:
 * "the application moves APPROVED -> BATCH_ALLOCATED -> ENROLLED"). An admin may approve or reject a
 * SUBMITTED application without opening a review first, as the seed's admin screen does.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    APPROVED,
    REJECTED,
    PAYMENT_RECEIVED,
    PAID,
    BATCH_ALLOCATED,
    ENROLLED,
    DEBOARDED;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> TRANSITIONS = new EnumMap<>(ApplicationStatus.class);

    static {
        TRANSITIONS.put(DRAFT, EnumSet.of(SUBMITTED));
        TRANSITIONS.put(SUBMITTED, EnumSet.of(UNDER_REVIEW, APPROVED, REJECTED));
        TRANSITIONS.put(UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED));
        TRANSITIONS.put(APPROVED, EnumSet.of(PAYMENT_RECEIVED, BATCH_ALLOCATED));
        TRANSITIONS.put(REJECTED, EnumSet.noneOf(ApplicationStatus.class));
        TRANSITIONS.put(PAYMENT_RECEIVED, EnumSet.of(PAID));
        TRANSITIONS.put(PAID, EnumSet.of(BATCH_ALLOCATED));
        TRANSITIONS.put(BATCH_ALLOCATED, EnumSet.of(ENROLLED));
        TRANSITIONS.put(ENROLLED, EnumSet.of(DEBOARDED));
        TRANSITIONS.put(DEBOARDED, EnumSet.noneOf(ApplicationStatus.class));
    }

    public boolean canMoveTo(ApplicationStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** One open application per user and batch: every status but REJECTED and DEBOARDED is open. */
    public boolean isOpen() {
        return this != REJECTED && this != DEBOARDED;
    }

    /** Billing details may change until the fee is paid (its invoice names them). */
    public boolean billingEditable() {
        return this == DRAFT || this == SUBMITTED || this == UNDER_REVIEW || this == APPROVED;
    }
}
