package in.mrmentor.pap;

import in.mrmentor.notification.NotificationType;

import in.mrmentor.invoice.ConfirmCheckout;
import in.mrmentor.invoice.PaymentEvent;
import in.mrmentor.invoice.PaymentMethod;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.RecordManualPayment;
import in.mrmentor.invoice.port.memory.FakeCheckoutGateway;
import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Journey 6 (seed 003) over the in-memory adapters: MOU, e-sign, both payment options, placement, the PAP fee. */
class PapJourneyTest {
    private final PapKit kit = new PapKit();

    private static void refusedWith(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void theMouIsRenderedFromThePinnedTemplateVersionEvenAfterANewOneIsPublished() {
        var batch = kit.aPapBatch(10);
        var first = kit.anApprovedApplication(batch);
        var workflow = kit.startWorkflow.start(first.userId(), first.id());
        var filled = kit.fillMou.fill(first.userId(), workflow.id(), PapKit.mou());
        assertThat(filled.status()).isEqualTo(PapStatus.PENDING_MOU_UPLOAD);
        assertThat(filled.templateVersion()).isEqualTo(1);
        assertThat(new String(kit.documents.read(filled.mouKey()).orElseThrow(), StandardCharsets.UTF_8))
                .startsWith("%PDF-").contains("First text for Asha Rao");

        assertThat(kit.publishTemplate.publish(kit.admin, "Second text for {{legalName}}").version()).isEqualTo(2);
        var corrected = kit.fillMou.fill(first.userId(), workflow.id(),
                new MouDetails("Asha R. Rao", "ABCPR1234K", "12 MG Road", null, null));
        assertThat(corrected.templateVersion()).as("pinned").isEqualTo(1);
        assertThat(new String(kit.documents.read(corrected.mouKey()).orElseThrow(), StandardCharsets.UTF_8))
                .contains("First text for Asha R. Rao");

        var second = kit.anApprovedApplication(batch);
        var later = kit.fillMou.fill(second.userId(), kit.startWorkflow.start(second.userId(), second.id()).id(), PapKit.mou());
        assertThat(later.templateVersion()).isEqualTo(2);
    }

    @Test
    void aPapWorkflowStartsOnlyForAnApprovedApplicationToAPapBatchOncePerApplication() {
        var application = kit.anApprovedApplication(kit.aPapBatch(10));
        kit.startWorkflow.start(application.userId(), application.id());
        refusedWith(() -> kit.startWorkflow.start(application.userId(), application.id()), PapErrors.WORKFLOW_EXISTS);
        refusedWith(() -> kit.startWorkflow.start(java.util.UUID.randomUUID(), application.id()), "APPLICATION_NOT_FOUND");

        var noPap = in.mrmentor.program.ProgramTestData.aBatch(10, false);
        kit.stores.batches().add(noPap);
        var elsewhere = kit.anApprovedApplication(noPap);
        refusedWith(() -> kit.startWorkflow.start(elsewhere.userId(), elsewhere.id()), PapErrors.PAP_NOT_AVAILABLE);
    }

    @Test
    void onlyAnAuthenticCallbackForACompletedDocumentSignsTheMouAndAReplayChangesNothing() {
        var application = kit.anApprovedApplication(kit.aPapBatch(10));
        var workflow = kit.startWorkflow.start(application.userId(), application.id());
        kit.fillMou.fill(application.userId(), workflow.id(), PapKit.mou());
        var sent = kit.startESign.start(application.userId(), workflow.id());
        assertThat(sent.signUrl()).startsWith("https://sign.example/");
        assertThat(sent.workflow().status()).isEqualTo(PapStatus.PENDING_MOU_UPLOAD);
        String document = sent.workflow().esignDocumentId();

        refusedWith(() -> kit.callback.receive("forged".getBytes(StandardCharsets.UTF_8)), PapErrors.INVALID_MAC);
        assertThat(kit.callback.receive(("genuine:" + document).getBytes(StandardCharsets.UTF_8)))
                .as("the provider says it is not completed yet").isInstanceOf(ReceiveESignCallback.Unchanged.class);
        assertThat(kit.callback.receive("genuine:doc-unknown".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReceiveESignCallback.Unchanged.class);
        assertThat(kit.status(workflow.id())).isEqualTo(PapStatus.PENDING_MOU_UPLOAD);

        kit.esign.completed = true;
        assertThat(kit.callback.receive(("genuine:" + document).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReceiveESignCallback.Signed.class);
        assertThat(kit.callback.receive(("genuine:" + document).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReceiveESignCallback.Unchanged.class);
        var signed = kit.stores.workflows().find(workflow.id()).orElseThrow();
        assertThat(signed.status()).isEqualTo(PapStatus.PENDING_MOU_REVIEW);
        assertThat(new String(kit.documents.read(signed.signedMouKey()).orElseThrow(), StandardCharsets.UTF_8))
                .contains("signed " + document);
    }

    @Test
    void aReturnedMouIsSignedAgainAndEveryStepIsRecordedWithItsActor() {
        var application = kit.anApprovedApplication(kit.aPapBatch(10));
        var workflow = kit.startWorkflow.start(application.userId(), application.id());
        kit.fillMou.fill(application.userId(), workflow.id(), PapKit.mou());
        kit.esign.signAtOnce = true;
        kit.startESign.start(application.userId(), workflow.id());
        refusedWith(() -> kit.reviewMou.sendBack(kit.admin, workflow.id(), " "), "VALIDATION_FAILED");

        var returned = kit.reviewMou.sendBack(kit.admin, workflow.id(), "the PAN is unreadable");

        assertThat(returned.status()).isEqualTo(PapStatus.PENDING_MOU_UPLOAD);
        assertThat(returned.signedMouKey()).isNull();
        kit.startESign.start(application.userId(), workflow.id());
        var approved = kit.reviewMou.approve(kit.admin, workflow.id(), "fine");
        assertThat(approved.status()).isEqualTo(PapStatus.PENDING_PAYMENT_OPTION);
        var history = kit.stores.workflows().history(workflow.id());
        assertThat(history).extracting(WorkflowTransition::to).containsExactly(PapStatus.PENDING_MOU_DETAILS,
                PapStatus.PENDING_MOU_UPLOAD, PapStatus.PENDING_MOU_REVIEW, PapStatus.PENDING_MOU_UPLOAD,
                PapStatus.PENDING_MOU_REVIEW, PapStatus.MOU_SIGNED_APPROVED, PapStatus.PENDING_PAYMENT_OPTION);
        assertThat(history.get(3).actor()).isEqualTo(kit.admin);
        assertThat(history.get(3).note()).isEqualTo("the PAN is unreadable");
        var told = kit.notifications.page(application.userId(), false, PageRequest.first(50)).stream()
                .filter(n -> n.type() == NotificationType.PAP_STEP_DONE).toList();
        assertThat(told).as("a notice per step the student did not take").hasSize((int) history.stream()
                .filter(step -> !application.userId().equals(step.actor())).count());
        assertThat(told).filteredOn(n -> n.title().endsWith("MOU sent back")).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("the PAN is unreadable"));
        assertThat(told).extracting(n -> n.title()).contains("Pay-after-placement: choose how to pay");
    }

    @Test
    void theUpfrontFeeIsPaidOnceWhicheverOfCheckoutAndWebhookComesFirstAndEnrollsBoth() {
        var workflow = kit.aWorkflowAwaitingItsPaymentOption(kit.aPapBatch(10));
        kit.chooseOption.choose(workflow.userId(), workflow.id(), PaymentOption.UPFRONT);

        var checkout = kit.startPapPayment.start(workflow.userId(), workflow.id());
        assertThat(checkout.amountPaise()).isEqualTo(5_000_000);
        var paid = kit.verifyPapPayment.verify(workflow.userId(), workflow.id(), new ConfirmCheckout.Command(
                checkout.orderId(), "pay_1", FakeCheckoutGateway.signatureOf(checkout.orderId(), "pay_1")));
        var replay = kit.invoices.routing.route(new PaymentEvent.Captured(checkout.orderId(), "pay_1", 5_000_000, "INR", null));

        assertThat(paid.status()).isEqualTo(PapStatus.ENROLLED);
        assertThat(replay.changed()).isFalse();
        var application = kit.stores.applications().find(workflow.applicationId()).orElseThrow();
        assertThat(application.status()).isEqualTo(ApplicationStatus.ENROLLED);
        assertThat(application.invoiceNumber()).startsWith("MAS101/");
        assertThat(kit.stores.applications().history(application.id())).extracting(t -> t.to()).containsSubsequence(
                ApplicationStatus.APPROVED, ApplicationStatus.PAYMENT_RECEIVED, ApplicationStatus.PAID,
                ApplicationStatus.BATCH_ALLOCATED, ApplicationStatus.ENROLLED);
        assertThat(kit.invoices.payments.list(null, null, null, PageRequest.first(10))).hasSize(1);
        refusedWith(() -> kit.startPapPayment.start(workflow.userId(), workflow.id()), PapErrors.INVALID_TRANSITION);
    }

    @Test
    void theProgramRoutesNeverSeatAPapStudentBeforeTheWorkflowDoes() {
        var batch = kit.aPapBatch(10);
        var application = kit.anApprovedApplication(batch);
        var workflow = kit.startWorkflow.start(application.userId(), application.id());
        refusedWith(() -> kit.allocate.allocate(kit.admin, application.id(), null), PapErrors.SEATED_THROUGH_PAP);

        var approved = kit.reviewMou.approve(kit.admin, kit.fillMouAndSign(workflow).id(), null);
        kit.chooseOption.choose(approved.userId(), approved.id(), PaymentOption.PAP);
        assertThatThrownBy(() -> kit.allocate.allocate(kit.admin, application.id(), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(PapErrors.SEATED_THROUGH_PAP);
                    assertThat(e.detail()).contains("POST /api/admin/pap/workflows/" + workflow.id() + "/approve-pap");
                    assertThat(e.properties()).containsEntry("workflowStatus", "PENDING_PAP_APPROVAL");
                });
        refusedWith(() -> kit.changeEnrollment.enroll(kit.admin, application.id(), null), PapErrors.SEATED_THROUGH_PAP);
        assertThat(kit.applicationStatus(application.id())).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(kit.stores.applications().seated(batch.id())).isZero();

        kit.approvePap.approve(kit.admin, workflow.id(), null);

        assertThat(kit.applicationStatus(application.id())).isEqualTo(ApplicationStatus.ENROLLED);
        refusedWith(() -> kit.changeEnrollment.enroll(kit.admin, application.id(), null), PapErrors.INVALID_TRANSITION);
        assertThat(kit.changeEnrollment.deboard(kit.admin, application.id(), "left").status())
                .isEqualTo(ApplicationStatus.DEBOARDED);
    }

    @Test
    void aVerifiedPlacementIsInvoicedInThePapSeriesAndItsPaymentClosesTheWorkflow() {
        var workflow = kit.anEnrolledPapWorkflow(kit.aPapBatch(10));
        assertThat(kit.applicationStatus(workflow.applicationId())).isEqualTo(ApplicationStatus.ENROLLED);
        refusedWith(() -> new ReportPlacement.Command("Acme", "Analyst", 120_000_000L, LocalDate.of(2027, 7, 1),
                "not a pdf".getBytes(StandardCharsets.UTF_8)), PapErrors.NOT_A_PDF);
        kit.reportPlacement.report(workflow.userId(), workflow.userId(), workflow.id(),
                new ReportPlacement.Command("Acme", "Analyst", 120_000_000L, LocalDate.of(2027, 7, 1), PapKit.PDF));

        var verified = kit.verifyPlacement.verify(kit.admin, workflow.id());

        assertThat(verified.status()).isEqualTo(PapStatus.PAYMENT_COLLECTION_PENDING);
        assertThat(verified.papFeePaise()).isEqualTo(18_000_000L);
        assertThat(verified.invoiceNumber()).isEqualTo("PAP/2627/0001");
        refusedWith(() -> kit.verifyPlacement.verify(kit.admin, workflow.id()), PapErrors.INVALID_TRANSITION);

        var checkout = kit.startPapPayment.start(workflow.userId(), workflow.id());
        assertThat(checkout.amountPaise()).isEqualTo(18_000_000L);
        kit.invoices.routing.route(new PaymentEvent.Captured(checkout.orderId(), "pay_fee", 18_000_000L, "INR", null));
        assertThat(kit.status(workflow.id())).isEqualTo(PapStatus.CLOSED);
        assertThat(kit.invoices.routing.route(new PaymentEvent.Captured(checkout.orderId(), "pay_fee", 18_000_000L, "INR",
                null)).changed()).isFalse();
        var closed = kit.stores.workflows().find(workflow.id()).orElseThrow();

        var paidTwice = kit.invoices.routing.route(new PaymentEvent.Captured(checkout.orderId(), "pay_fee_2", 18_000_000L,
                "INR", null));

        assertThat(paidTwice.changed()).isTrue();
        assertThat(kit.stores.workflows().find(workflow.id())).contains(closed);
        var surplus = kit.invoices.payments.findByGatewayPaymentId("pay_fee_2").orElseThrow();
        assertThat(surplus.refundDue()).isTrue();
        assertThat(surplus.refundReason()).isEqualTo("workflow " + workflow.id()
                + " is CLOSED, waiting for no payment; its fee was paid by receipt " + closed.feePaymentId());
        assertThat(kit.invoices.payments.find(closed.feePaymentId()).orElseThrow().refundReason()).isNull();
        assertThat(kit.invoices.invoices.findByPayment(surplus.id())).isEmpty();
    }

    @Test
    void anOfflineReceiptClosesOneWorkflowOnly() {
        var batch = kit.aPapBatch(10);
        var first = placedAndVerified(batch);
        var second = placedAndVerified(batch);
        var small = kit.invoices.recordManualPayment.record(new RecordManualPayment.Command("Asha Rao", null, 1_000,
                PaymentMethod.BANK_TRANSFER, PaymentPurpose.PAP_FEE, "neft", null, "user:admin"));
        refusedWith(() -> kit.offlineFee.record(kit.admin, first.id(), small.id()), RecordOfflinePapFee.RECEIPT_NOT_USABLE);
        var receipt = kit.invoices.recordManualPayment.record(new RecordManualPayment.Command("Asha Rao", null, 18_000_000L,
                PaymentMethod.BANK_TRANSFER, PaymentPurpose.PAP_FEE, "neft 42", null, "user:admin"));

        assertThat(kit.offlineFee.record(kit.admin, first.id(), receipt.id()).status()).isEqualTo(PapStatus.CLOSED);
        refusedWith(() -> kit.offlineFee.record(kit.admin, second.id(), receipt.id()), RecordOfflinePapFee.RECEIPT_NOT_USABLE);
        assertThat(kit.status(second.id())).isEqualTo(PapStatus.PAYMENT_COLLECTION_PENDING);
    }

    private PapWorkflow placedAndVerified(in.mrmentor.program.Batch batch) {
        var workflow = kit.anEnrolledPapWorkflow(batch);
        kit.reportPlacement.report(kit.admin, null, workflow.id(),
                new ReportPlacement.Command("Acme", "Analyst", 120_000_000L, LocalDate.of(2027, 7, 1), PapKit.PDF));
        return kit.verifyPlacement.verify(kit.admin, workflow.id());
    }
}
