package in.mrmentor.pap;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One step of a PAP workflow, with who took it and when (and the reason, when one was given). */
public record WorkflowTransition(UUID workflowId, PapStatus from, PapStatus to, UUID actor, Instant at, String note) {
    public WorkflowTransition {
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
