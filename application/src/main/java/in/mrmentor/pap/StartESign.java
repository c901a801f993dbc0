package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.pap.port.ESignProvider;
import in.mrmentor.pap.port.PapDocuments;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.pap.port.Students;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * The owner sends the rendered MOU for e-signing and gets the signer's URL. The provider is called
 * outside the transaction (a request nobody signs is harmless); a provider that signs at once (the
 * demo provider) stores the signed MOU and moves the workflow to PENDING_MOU_REVIEW right away.
 */
public final class StartESign {

    public record Started(PapWorkflow workflow, String signUrl) {
    }

    private final PapWorkflows workflows;
    private final ESignProvider provider;
    private final PapDocuments documents;
    private final Students students;
    private final WorkflowSteps steps;
    private final Transactions transactions;
    private final Clock clock;

    public StartESign(PapWorkflows workflows, ESignProvider provider, PapDocuments documents, Students students,
                      Transactions transactions, Clock clock, Notifier notifier) {
        this.workflows = workflows;
        this.provider = provider;
        this.documents = documents;
        this.students = students;
        this.steps = new WorkflowSteps(workflows, clock, notifier);
        this.transactions = transactions;
        this.clock = clock;
    }

    public Started start(UUID userId, UUID workflowId) {
        var workflow = workflows.find(workflowId).filter(w -> w.userId().equals(userId))
                .orElseThrow(PapErrors::workflowNotFound);
        workflow.requireStatus(PapStatus.PENDING_MOU_UPLOAD, "e-sign");
        byte[] mou = documents.read(workflow.mouKey()).orElseThrow(PapErrors::documentNotFound);
        String email = students.email(userId).orElseThrow(PapErrors::workflowNotFound);
        var request = provider.requestSignature(workflow.id(), mou,
                new ESignProvider.Invitee(workflow.mouDetails().legalName(), email));
        String signedKey = null;
        if (request.signedAtOnce() != null) {
            signedKey = "pap/" + workflow.id() + "/signed-mou-" + clock.millis() + ".pdf";
            documents.store(signedKey, Pdf.require(request.signedAtOnce(), "signedMou"));
        }
        String signed = signedKey;
        return transactions.inTransaction(() -> {
            var locked = steps.locked(workflowId, userId);
            locked.requireStatus(PapStatus.PENDING_MOU_UPLOAD, "e-sign");
            var sent = locked.edit().esign(request.documentId(), request.signUrl()).at(clock.instant()).build();
            workflows.replace(sent);
            if (signed != null) {
                sent = sent.edit().signedMou(signed).build();
                sent = steps.move(sent, PapStatus.PENDING_MOU_REVIEW, userId, "signed at once by the e-sign provider");
            }
            return new Started(sent, request.signUrl());
        });
    }
}
