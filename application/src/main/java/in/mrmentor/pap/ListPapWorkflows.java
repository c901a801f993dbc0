package in.mrmentor.pap;

import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.List;
import java.util.UUID;

/** Workflows for admins (by status, oldest first, paged), a student's own, and a workflow's history. */
public final class ListPapWorkflows {
    private static final Keyset<PapWorkflow, TimeKey> OLDEST_FIRST =
            Keyset.byTime("pap-workflows", w -> new TimeKey(w.createdAt(), w.id()));

    private final PapWorkflows workflows;

    public ListPapWorkflows(PapWorkflows workflows) {
        this.workflows = workflows;
    }

    public Page<PapWorkflow> page(PapStatus status, int limit, String cursor) {
        PageRequest<TimeKey> request = OLDEST_FIRST.request(cursor, limit);
        return OLDEST_FIRST.page(workflows.page(status, request), request);
    }

    public List<PapWorkflow> mine(UUID userId) {
        return workflows.ofUser(userId);
    }

    public PapWorkflow one(UUID id) {
        return workflows.find(id).orElseThrow(PapErrors::workflowNotFound);
    }

    public List<WorkflowTransition> history(UUID workflowId) {
        return workflows.history(workflowId);
    }
}
