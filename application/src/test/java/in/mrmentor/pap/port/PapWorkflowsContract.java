package in.mrmentor.pap.port;

import in.mrmentor.pap.MouDetails;
import in.mrmentor.pap.PapStatus;
import in.mrmentor.pap.Placement;
import in.mrmentor.pap.WorkflowTransition;
import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.port.ProgramStores;
import in.mrmentor.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static in.mrmentor.program.ProgramTestData.NOW;
import static in.mrmentor.program.ProgramTestData.aBatch;
import static in.mrmentor.program.ProgramTestData.aWorkflow;
import static in.mrmentor.program.ProgramTestData.anApplication;
import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link PapWorkflows} adapter has. */
public abstract class PapWorkflowsContract {

    protected abstract ProgramStores stores();

    private in.mrmentor.program.ProgramApplication anApproved(ProgramStores stores) {
        var batch = aBatch(10, true);
        stores.batches().add(batch);
        var application = anApplication(stores.aUser(), batch, ApplicationStatus.APPROVED);
        stores.applications().add(application);
        return application;
    }

    @Test
    void anApplicationHasOneWorkflow() {
        var stores = stores();
        var application = anApproved(stores);
        assertThat(stores.workflows().add(aWorkflow(application, NOW))).isTrue();
        assertThat(stores.workflows().add(aWorkflow(application, NOW))).isFalse();
        assertThat(stores.workflows().ofUser(application.userId())).hasSize(1);
    }

    @Test
    void aWorkflowIsFoundByItsApplication() {
        var stores = stores();
        var application = anApproved(stores);
        var workflow = aWorkflow(application, NOW);
        stores.workflows().add(workflow);

        assertThat(stores.workflows().ofApplication(application.id())).contains(workflow);
        assertThat(stores.workflows().ofApplication(anApproved(stores).id())).isEmpty();
    }

    @Test
    void everyFieldReadsBackAndTheSignedDocumentFindsItsWorkflow() {
        var stores = stores();
        var application = anApproved(stores);
        var workflow = aWorkflow(application, NOW);
        stores.workflows().add(workflow);
        stores.templates().add(new in.mrmentor.pap.AgreementTemplate(1, "MOU {{legalName}}", null, NOW));
        var filled = workflow.edit().mou(new MouDetails("Asha Rao", "ABCPR1234K", "12 MG Road", "Ravi", 90_000_000L),
                        1, "pap/x/mou.pdf").esign("doc-" + workflow.id(), "https://sign.example/1")
                .signedMou("pap/x/signed.pdf")
                .placement(new Placement("Acme", "Analyst", 120_000_000L, LocalDate.of(2027, 7, 1), "pap/x/offer.pdf",
                        application.userId(), NOW))
                .papFee(18_000_000L, "PAP/2627/0001").at(NOW.plusSeconds(5)).build();
        var moved = new in.mrmentor.pap.PapWorkflow(filled.id(), filled.applicationId(), filled.userId(), filled.batchId(),
                PapStatus.PAYMENT_COLLECTION_PENDING, filled.mouDetails(), filled.templateVersion(), filled.mouKey(),
                filled.esignDocumentId(), filled.signUrl(), filled.signedMouKey(), in.mrmentor.pap.PaymentOption.PAP,
                filled.placement(), filled.papFeePaise(), filled.invoiceNumber(), null, filled.createdAt(), filled.updatedAt());
        stores.workflows().replace(moved);

        assertThat(stores.workflows().find(workflow.id())).contains(moved);
        assertThat(stores.workflows().lockByDocumentId("doc-" + workflow.id())).contains(moved);
        assertThat(stores.workflows().lockByDocumentId("doc-unknown")).isEmpty();
    }

    @Test
    void aWorkflowFollowsItsStudentToTheBatchTheyAreSeatedIn() {
        var stores = stores();
        var workflow = aWorkflow(anApproved(stores), NOW);
        stores.workflows().add(workflow);
        var other = aBatch(10, true);
        stores.batches().add(other);

        var moved = workflow.edit().batch(other.id()).at(NOW.plusSeconds(1)).build();
        stores.workflows().replace(moved);

        assertThat(stores.workflows().find(workflow.id())).contains(moved);
        assertThat(moved.batchId()).isEqualTo(other.id());
    }

    @Test
    void aReceiptPaysOneWorkflowAndTheHistoryKeepsItsOrder() {
        var stores = stores();
        var workflow = aWorkflow(anApproved(stores), NOW);
        stores.workflows().add(workflow);
        UUID receipt = UUID.randomUUID();
        assertThat(stores.workflows().usesPayment(receipt)).isFalse();
        stores.workflows().replace(workflow.edit().feePayment(receipt).build());
        assertThat(stores.workflows().usesPayment(receipt)).isTrue();

        stores.workflows().record(new WorkflowTransition(workflow.id(), null, PapStatus.PENDING_MOU_DETAILS,
                workflow.userId(), NOW, null));
        stores.workflows().record(new WorkflowTransition(workflow.id(), PapStatus.PENDING_MOU_DETAILS,
                PapStatus.PENDING_MOU_UPLOAD, workflow.userId(), NOW.plusSeconds(1), "v1"));
        assertThat(stores.workflows().history(workflow.id())).extracting(WorkflowTransition::to)
                .containsExactly(PapStatus.PENDING_MOU_DETAILS, PapStatus.PENDING_MOU_UPLOAD);
        assertThat(stores.workflows().page(PapStatus.PENDING_MOU_DETAILS, PageRequest.first(200)))
                .extracting(w -> w.id()).contains(workflow.id());
        assertThat(stores.workflows().page(PapStatus.CLOSED, PageRequest.first(200)))
                .extracting(w -> w.id()).doesNotContain(workflow.id());
    }
}
