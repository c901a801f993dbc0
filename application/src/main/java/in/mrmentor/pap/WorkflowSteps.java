package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.pap.port.PapWorkflows;

import java.time.Clock;
import java.util.UUID;

/** Moves a workflow along its lifecycle and records the step with its actor and time, in the caller's transaction. */
final class WorkflowSteps {
    private final PapWorkflows workflows;
    private final Clock clock;
    private final Notifier notifier;

    WorkflowSteps(PapWorkflows workflows, Clock clock, Notifier notifier) {
        this.workflows = workflows;
        this.clock = clock;
        this.notifier = notifier;
    }

    /** The workflow, locked; owned by {@code owner} unless that is null (an admin acts). 404 otherwise. */
    PapWorkflow locked(UUID id, UUID owner) {
        return workflows.lock(id).filter(w -> owner == null || w.userId().equals(owner))
                .orElseThrow(PapErrors::workflowNotFound);
    }

    PapWorkflow move(PapWorkflow workflow, PapStatus next, UUID actor, String note) {
        var now = clock.instant();
        var moved = workflow.movedTo(next, now);
        workflows.replace(moved);
        workflows.record(new WorkflowTransition(workflow.id(), workflow.status(), next, actor, now, note));
        PapNotices.stepDone(workflow.status(), moved, actor, note).ifPresent(notifier::notify);
        return moved;
    }

    /** Stores a changed workflow that keeps its status, with a history row from and to that status. */
    PapWorkflow stay(PapWorkflow changed, UUID actor, String note) {
        var now = clock.instant();
        var stored = changed.edit().at(now).build();
        workflows.replace(stored);
        workflows.record(new WorkflowTransition(stored.id(), stored.status(), stored.status(), actor, now, note));
        return stored;
    }
}
