package in.mrmentor.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands (EspoCRM's lead statuses, CRM.md "The lead"):
 * {@code NEW -> ASSIGNED -> IN_PROCESS -> CONVERTED | DEAD}, {@code IN_PROCESS -> RECYCLED -> ASSIGNED},
 * {@code NEW | ASSIGNED -> DEAD}. CONVERTED and DEAD are final.
 */
public enum LeadStage {
    NEW,
    ASSIGNED,
    IN_PROCESS,
    CONVERTED,
    DEAD,
    RECYCLED;

    /** The transition table; every other move is 409 {@code INVALID_TRANSITION}. */
    public Set<LeadStage> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ASSIGNED, DEAD);
            case ASSIGNED -> EnumSet.of(IN_PROCESS, DEAD);
            case IN_PROCESS -> EnumSet.of(CONVERTED, DEAD, RECYCLED);
            case RECYCLED -> EnumSet.of(ASSIGNED);
            case CONVERTED, DEAD -> EnumSet.noneOf(LeadStage.class);
        };
    }

    public boolean canMoveTo(LeadStage target) {
        return next().contains(target);
    }

    /** Still being worked: counts towards a salesperson's load for least-loaded assignment. */
    public boolean isOpen() {
        return this != CONVERTED && this != DEAD;
    }

    /** The stage a lead takes when it is assigned: a NEW or RECYCLED lead becomes ASSIGNED, others keep theirs. */
    public LeadStage onAssignment() {
        return this == NEW || this == RECYCLED ? ASSIGNED : this;
    }

    /** Refuses a move the table does not allow. */
    public LeadStage moveTo(LeadStage target) {
        if (!canMoveTo(target)) {
            throw LeadErrors.invalidTransition(this, target);
        }
        return target;
    }
}
