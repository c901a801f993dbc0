package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.pap.port.PapDocuments;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The student (or an admin) reports a placement of an ENROLLED workflow with its offer letter (a PDF
 * by its magic bytes): PLACEMENT_UNDER_REVIEW. Every field is checked before anything is stored, so
 * bad input leaves the workflow as it was.
 */
public final class ReportPlacement {

    public record Command(String company, String role, Long annualCtcPaise, LocalDate joiningDate, byte[] offerLetter) {
        public Command {
            Placement.validate(company, role, annualCtcPaise, joiningDate);
            Pdf.require(offerLetter, "offerLetter");
        }
    }

    private final PapWorkflows workflows;
    private final PapDocuments documents;
    private final WorkflowSteps steps;
    private final Transactions transactions;
    private final Clock clock;

    public ReportPlacement(PapWorkflows workflows, PapDocuments documents, Transactions transactions, Clock clock, Notifier notifier) {
        this.workflows = workflows;
        this.documents = documents;
        this.steps = new WorkflowSteps(workflows, clock, notifier);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param owner the reporting student, or null when an admin reports */
    public PapWorkflow report(UUID actor, UUID owner, UUID workflowId, Command c) {
        var workflow = workflows.find(workflowId).filter(w -> owner == null || w.userId().equals(owner))
                .orElseThrow(PapErrors::workflowNotFound);
        workflow.requireStatus(PapStatus.ENROLLED, PapStatus.PLACEMENT_UNDER_REVIEW);
        String key = "pap/" + workflowId + "/offer-letter-" + clock.millis() + ".pdf";
        documents.store(key, c.offerLetter());
        return transactions.inTransaction(() -> {
            var locked = steps.locked(workflowId, owner);
            locked.requireStatus(PapStatus.ENROLLED, PapStatus.PLACEMENT_UNDER_REVIEW);
            var placement = new Placement(c.company(), c.role(), c.annualCtcPaise(), c.joiningDate(), key, actor,
                    clock.instant());
            return steps.move(locked.edit().placement(placement).build(), PapStatus.PLACEMENT_UNDER_REVIEW, actor,
                    c.company());
        });
    }
}
