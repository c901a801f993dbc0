package in.mrmentor.hiring;

import java.util.Locale;

/**
 * The candidate lifecycle (seed 003, {@code CandidateStatus}) in the seed's order, plus our
 * {@code REJECTED}. A move goes forward in this order and may skip states; {@code SHORTLISTED} and
 * {@code TALENT_POOL} end the automatic pipeline and are alternatives: a recruiter may still move
 * {@code TALENT_POOL -> SHORTLISTED} (overruling the score), either may be rejected, and
 * {@code REJECTED} (reachable from every other state) is final.
 */
public enum CandidateStatus {
    RESUME_RECEIVED,
    RESUME_PARSED,
    OUTREACH_SENT,
    QUIZ_INVITED,
    QUIZ_COMPLETED,
    VOICE_INTERVIEW_SCHEDULED,
    VOICE_INTERVIEW_COMPLETED,
    SCORING_COMPLETE,
    SHORTLISTED,
    TALENT_POOL,
    REJECTED;

    /** True when the lifecycle allows the move from this state to {@code target}. */
    public boolean canMoveTo(CandidateStatus target) {
        if (target == null || target == this || this == REJECTED) {
            return false;
        }
        if (target == REJECTED) {
            return true;
        }
        return switch (this) {
            case SHORTLISTED -> false;
            case TALENT_POOL -> target == SHORTLISTED;
            default -> target.ordinal() > ordinal();
        };
    }

    /** The pipeline is over for the machine: a verdict was given or the candidate was rejected. */
    public boolean isDecided() {
        return this == SHORTLISTED || this == TALENT_POOL || this == REJECTED;
    }

    /**
     * Where an event that belongs at {@code step} leaves an application in this state: the step when
     * it lies ahead, otherwise this state (the status only ever moves forward).
     */
    public CandidateStatus advancedTo(CandidateStatus step) {
        return canMoveTo(step) && step != REJECTED && !isDecided() ? step : this;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
