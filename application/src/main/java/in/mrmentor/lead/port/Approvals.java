package in.mrmentor.lead.port;

import in.mrmentor.lead.ApprovalStatus;
import in.mrmentor.lead.AssignmentApproval;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Approvals {

    void add(AssignmentApproval approval);

    Optional<AssignmentApproval> lock(UUID id);

    void replace(AssignmentApproval approval);

    /**
     * Approvals newest first. {@code approverId} non-null: those that user decides; null: every one
     * (an administrator). {@code status} null: any.
     */
    List<AssignmentApproval> list(UUID approverId, ApprovalStatus status, PageRequest<TimeKey> page);
}
