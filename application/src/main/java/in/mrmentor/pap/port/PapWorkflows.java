package in.mrmentor.pap.port;

import in.mrmentor.pap.PapStatus;
import in.mrmentor.pap.PapWorkflow;
import in.mrmentor.pap.WorkflowTransition;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** PAP workflows and the history of their statuses. */
public interface PapWorkflows {

    /** Adds the workflow; false (and nothing stored) when its application has one already. */
    boolean add(PapWorkflow workflow);

    Optional<PapWorkflow> find(UUID id);

    /** The workflow of the application (there is at most one). */
    Optional<PapWorkflow> ofApplication(UUID applicationId);

    /** The workflow, locked until the transaction ends. */
    Optional<PapWorkflow> lock(UUID id);

    /** The workflow whose MOU went out for signing as {@code documentId}, locked. */
    Optional<PapWorkflow> lockByDocumentId(String documentId);

    void replace(PapWorkflow workflow);

    /** True when some workflow's fee was paid by this receipt. */
    boolean usesPayment(UUID paymentId);

    void record(WorkflowTransition transition);

    /** Every step of the workflow, oldest first. */
    List<WorkflowTransition> history(UUID workflowId);

    /** The user's workflows, newest first. */
    List<PapWorkflow> ofUser(UUID userId);

    /** Workflows in {@code status} (null: any), oldest first, after the request's key. */
    List<PapWorkflow> page(PapStatus status, PageRequest<TimeKey> request);
}
