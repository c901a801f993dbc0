package in.mrmentor.pap;

import in.mrmentor.pap.port.PapDocuments;
import in.mrmentor.pap.port.PapWorkflows;

import java.util.UUID;

/** The owner or an admin reads a workflow's MOU, signed MOU or offer letter. */
public final class ReadPapDocument {
    private final PapWorkflows workflows;
    private final PapDocuments documents;

    public ReadPapDocument(PapWorkflows workflows, PapDocuments documents) {
        this.workflows = workflows;
        this.documents = documents;
    }

    /** @param owner the reading student, or null for an admin */
    public byte[] read(UUID owner, UUID workflowId, PapDocumentKind kind) {
        var workflow = workflows.find(workflowId).filter(w -> owner == null || w.userId().equals(owner))
                .orElseThrow(PapErrors::workflowNotFound);
        String key = kind.key(workflow);
        if (key == null) {
            throw PapErrors.documentNotFound();
        }
        return documents.read(key).orElseThrow(PapErrors::documentNotFound);
    }
}
