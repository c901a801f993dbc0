package in.mrmentor.lead;

/** A bulk assignment waiting on the sales head (the seed's LeadAssignmentApproval); decided once. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED;

    public boolean canMoveTo(ApprovalStatus target) {
        return this == PENDING && target != PENDING;
    }
}
