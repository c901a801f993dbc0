package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.pap.port.ESignProvider;
import in.mrmentor.pap.port.PapDocuments;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * The e-sign provider's callback. Only an authentic one (its {@code mac}) is read, and because the mac
 * covers the document id alone, the document's state is asked of the provider, never taken from the
 * body: only a completed document moves the workflow on (its signed PDF stored, PENDING_MOU_REVIEW).
 * Replays and callbacks for documents we do not know change nothing.
 */
public final class ReceiveESignCallback {
    /** Who the provider's steps are recorded as. */
    public static final UUID PROVIDER = new UUID(0, 2);

    public sealed interface Outcome permits Signed, Unchanged {
    }

    public record Signed(PapWorkflow workflow) implements Outcome {
    }

    public record Unchanged(String why) implements Outcome {
    }

    private final PapWorkflows workflows;
    private final ESignProvider provider;
    private final PapDocuments documents;
    private final WorkflowSteps steps;
    private final Transactions transactions;
    private final Clock clock;

    public ReceiveESignCallback(PapWorkflows workflows, ESignProvider provider, PapDocuments documents,
                                Transactions transactions, Clock clock, Notifier notifier) {
        this.workflows = workflows;
        this.provider = provider;
        this.documents = documents;
        this.steps = new WorkflowSteps(workflows, clock, notifier);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws in.mrmentor.shared.DomainException 401 {@code INVALID_MAC} */
    public Outcome receive(byte[] rawBody) {
        String documentId = provider.authenticCallback(rawBody);
        var known = transactions.inTransaction(() -> workflows.lockByDocumentId(documentId));
        if (known.isEmpty()) {
            return new Unchanged("no workflow sent document " + documentId);
        }
        if (known.get().status() != PapStatus.PENDING_MOU_UPLOAD) {
            return new Unchanged("already past signing");
        }
        if (!provider.isCompleted(documentId)) {
            return new Unchanged("document " + documentId + " is not completed");
        }
        byte[] signed = Pdf.require(provider.signedDocument(documentId), "signedMou");
        String key = "pap/" + known.get().id() + "/signed-mou-" + clock.millis() + ".pdf";
        documents.store(key, signed);
        return transactions.inTransaction(() -> {
            var workflow = workflows.lockByDocumentId(documentId).orElseThrow();
            if (workflow.status() != PapStatus.PENDING_MOU_UPLOAD) {
                return new Unchanged("already past signing");
            }
            var withSigned = workflow.edit().signedMou(key).build();
            return new Signed(steps.move(withSigned, PapStatus.PENDING_MOU_REVIEW, PROVIDER, "signed at the e-sign provider"));
        });
    }
}
