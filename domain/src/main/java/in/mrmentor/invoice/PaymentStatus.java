package in.mrmentor.invoice;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A receipt's lifecycle: PENDING -> CAPTURED | FAILED, CAPTURED -> REFUNDED. */
public enum PaymentStatus {
    PENDING,
    CAPTURED,
    FAILED,
    REFUNDED;

    private static final Map<PaymentStatus, Set<PaymentStatus>> NEXT = Map.of(
            PENDING, EnumSet.of(CAPTURED, FAILED),
            CAPTURED, EnumSet.of(REFUNDED),
            FAILED, EnumSet.of(CAPTURED),
            REFUNDED, EnumSet.noneOf(PaymentStatus.class));

    public boolean canMoveTo(PaymentStatus next) {
        return NEXT.get(this).contains(next);
    }
}
