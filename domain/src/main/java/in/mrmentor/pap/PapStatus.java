package in.mrmentor.pap;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The pay-after-placement workflow (seed 003 "PAP workflow", journey 6):
 * {@code PENDING_MOU_DETAILS -> PENDING_MOU_UPLOAD -> PENDING_MOU_REVIEW -> MOU_SIGNED_APPROVED ->
 * PENDING_PAYMENT_OPTION -> PENDING_PAP_APPROVAL | PENDING_UPFRONT_PAYMENT -> ENROLLED ->
 * PLACEMENT_UNDER_REVIEW -> PAYMENT_COLLECTION_PENDING}; ours beyond the seed (PROGRAMS.md):
 * {@code PAYMENT_COLLECTION_PENDING -> CLOSED} when the PAP fee is paid, and
 * {@code PENDING_MOU_REVIEW -> PENDING_MOU_UPLOAD} when an admin returns the MOU with a reason.
 * An upfront fee paid while the batch had no seat keeps PENDING_UPFRONT_PAYMENT, with the fee payment
 * set, until an admin seats the student ({@link PapWorkflow#awaitsSeat()}).
 */
public enum PapStatus {
    PENDING_MOU_DETAILS,
    PENDING_MOU_UPLOAD,
    PENDING_MOU_REVIEW,
    MOU_SIGNED_APPROVED,
    PENDING_PAYMENT_OPTION,
    PENDING_PAP_APPROVAL,
    PENDING_UPFRONT_PAYMENT,
    ENROLLED,
    PLACEMENT_UNDER_REVIEW,
    PAYMENT_COLLECTION_PENDING,
    CLOSED;

    private static final Map<PapStatus, Set<PapStatus>> TRANSITIONS = new EnumMap<>(PapStatus.class);

    static {
        TRANSITIONS.put(PENDING_MOU_DETAILS, EnumSet.of(PENDING_MOU_UPLOAD));
        TRANSITIONS.put(PENDING_MOU_UPLOAD, EnumSet.of(PENDING_MOU_REVIEW));
        TRANSITIONS.put(PENDING_MOU_REVIEW, EnumSet.of(MOU_SIGNED_APPROVED, PENDING_MOU_UPLOAD));
        TRANSITIONS.put(MOU_SIGNED_APPROVED, EnumSet.of(PENDING_PAYMENT_OPTION));
        TRANSITIONS.put(PENDING_PAYMENT_OPTION, EnumSet.of(PENDING_PAP_APPROVAL, PENDING_UPFRONT_PAYMENT));
        TRANSITIONS.put(PENDING_PAP_APPROVAL, EnumSet.of(ENROLLED));
        TRANSITIONS.put(PENDING_UPFRONT_PAYMENT, EnumSet.of(ENROLLED));
        TRANSITIONS.put(ENROLLED, EnumSet.of(PLACEMENT_UNDER_REVIEW));
        TRANSITIONS.put(PLACEMENT_UNDER_REVIEW, EnumSet.of(PAYMENT_COLLECTION_PENDING));
        TRANSITIONS.put(PAYMENT_COLLECTION_PENDING, EnumSet.of(CLOSED));
        TRANSITIONS.put(CLOSED, EnumSet.noneOf(PapStatus.class));
    }

    public boolean canMoveTo(PapStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }
}
