package in.mrmentor.lead;

import in.mrmentor.shared.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A bulk assignment a salesperson asked for, waiting on their head (or ADMIN when they have none):
 * the seed's sales-head approval gate. {@code approverId} null means any administrator decides.
 */
public record AssignmentApproval(UUID id, UUID requestedBy, UUID approverId, List<UUID> leadIds,
                                 List<UUID> assigneeIds, AssignmentStrategy strategy, ApprovalStatus status,
                                 UUID decidedBy, String note, Instant createdAt, Instant decidedAt) {
    public AssignmentApproval {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        leadIds = List.copyOf(leadIds);
        assigneeIds = List.copyOf(assigneeIds);
    }

    public AssignmentApproval decide(ApprovalStatus outcome, UUID by, String decisionNote, Instant at) {
        if (!status.canMoveTo(outcome)) {
            throw DomainException.conflict(LeadErrors.ALREADY_DECIDED, "This request is decided already.");
        }
        return new AssignmentApproval(id, requestedBy, approverId, leadIds, assigneeIds, strategy, outcome, by,
                decisionNote, createdAt, at);
    }
}
