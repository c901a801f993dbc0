package in.mrmentor.hiring;

/** A screening's outcome: shortlist, or keep in the talent pool. */
public enum Verdict {
    SHORTLIST, POOL;

    public CandidateStatus status() {
        return this == SHORTLIST ? CandidateStatus.SHORTLISTED : CandidateStatus.TALENT_POOL;
    }
}
