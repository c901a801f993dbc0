package in.mrmentor.pap;

import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.ProgramEnrollment;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * The owner of an APPROVED application to a batch that offers pay-after-placement starts its PAP
 * workflow (PENDING_MOU_DETAILS); one workflow per application.
 */
public final class StartPapWorkflow {
    private final PapWorkflows workflows;
    private final ProgramEnrollment programs;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public StartPapWorkflow(PapWorkflows workflows, ProgramEnrollment programs, Transactions transactions, Clock clock,
                            Ids ids) {
        this.workflows = workflows;
        this.programs = programs;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public PapWorkflow start(UUID userId, UUID applicationId) {
        if (applicationId == null) {
            throw in.mrmentor.shared.Validation.invalid("applicationId", "is required");
        }
        return transactions.inTransaction(() -> {
            var enrollee = programs.findLocked(applicationId, userId);
            if (enrollee.application().status() != ApplicationStatus.APPROVED || !enrollee.batch().papAvailable()) {
                throw PapErrors.papNotAvailable();
            }
            var now = clock.instant();
            var workflow = PapWorkflow.start(ids.next(), applicationId, userId, enrollee.batch().id(), now);
            if (!workflows.add(workflow)) {
                throw PapErrors.workflowExists();
            }
            workflows.record(new WorkflowTransition(workflow.id(), null, workflow.status(), userId, now, null));
            return workflow;
        });
    }
}
