package in.mrmentor.pap;

import in.mrmentor.invoice.ConfirmCheckout;
import in.mrmentor.invoice.OpenPaymentOrder;
import in.mrmentor.invoice.PaymentEvent;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentStatus;
import in.mrmentor.invoice.port.memory.FakeCheckoutGateway;
import in.mrmentor.program.AllocateBatch;
import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.Batch;
import in.mrmentor.program.BatchStatus;
import in.mrmentor.program.ChangeBatchStatus;
import in.mrmentor.program.ProgramErrors;
import in.mrmentor.program.ProgramFees;
import in.mrmentor.program.SeatingPolicies;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An upfront fee the gateway captured after the last seat of the batch went to someone else: the money
 * is recorded and invoiced all the same, the application stays PAID and the workflow waits for a seat
 * until an admin seats the student.
 */
class UpfrontFeeWithoutASeatTest {
    private final PapKit kit = new PapKit();

    private static void refusedWith(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    /** A workflow in PENDING_UPFRONT_PAYMENT with its gateway order open (a seat was free then). */
    private PapWorkflow choseUpfront(Batch batch) {
        var workflow = kit.aWorkflowAwaitingItsPaymentOption(batch);
        return kit.chooseOption.choose(workflow.userId(), workflow.id(), PaymentOption.UPFRONT);
    }

    /** Someone else takes a seat of the batch: a PAP student approved by an admin. */
    private void someoneElseTakesASeat(Batch batch) {
        kit.anEnrolledPapWorkflow(batch);
    }

    /** A student whose upfront fee (pay_1) is captured after someone else took the batch's last seat. */
    private PapWorkflow paidWhileTheBatchIsFull(Batch batch) {
        var workflow = choseUpfront(batch);
        var checkout = kit.startPapPayment.start(workflow.userId(), workflow.id());
        someoneElseTakesASeat(batch);
        kit.invoices.routing.route(captured(checkout, "pay_1"));
        return workflow;
    }

    private PaymentEvent.Captured captured(OpenPaymentOrder.Checkout checkout, String paymentId) {
        return new PaymentEvent.Captured(checkout.orderId(), paymentId, checkout.amountPaise(), "INR", "asha@example.com");
    }

    private int receipts() {
        return kit.invoices.payments.list(null, null, null, PageRequest.first(50)).size();
    }

    @Test
    void aCaptureAfterTheLastSeatWentIsRecordedAndInvoicedAndTheWorkflowWaitsForASeat() {
        var batch = kit.aPapBatch(1);
        var workflow = choseUpfront(batch);
        var checkout = kit.startPapPayment.start(workflow.userId(), workflow.id());
        someoneElseTakesASeat(batch);

        var outcome = kit.invoices.routing.route(captured(checkout, "pay_late"));

        assertThat(outcome.changed()).isTrue();
        var receipt = kit.invoices.payments.list(null, null, null, PageRequest.first(50)).get(0);
        assertThat(receipts()).isEqualTo(1);
        assertThat(receipt.gatewayPaymentId()).isEqualTo("pay_late");
        assertThat(receipt.purpose()).isEqualTo(PaymentPurpose.PAP_FEE);
        assertThat(receipt.amountPaise()).isEqualTo(5_000_000);
        var invoice = kit.invoices.invoices.findByPayment(receipt.id()).orElseThrow();
        var application = kit.stores.applications().find(workflow.applicationId()).orElseThrow();
        assertThat(application.status()).isEqualTo(ApplicationStatus.PAID);
        assertThat(application.invoiceNumber()).isEqualTo(invoice.number().text());
        assertThat(kit.stores.applications().history(application.id())).extracting(t -> t.to())
                .doesNotContain(ApplicationStatus.BATCH_ALLOCATED);

        var waiting = kit.stores.workflows().find(workflow.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(PapStatus.PENDING_UPFRONT_PAYMENT);
        assertThat(waiting.feePaymentId()).isEqualTo(receipt.id());
        assertThat(waiting.awaitsSeat()).isTrue();
        var last = kit.stores.workflows().history(workflow.id()).get(kit.stores.workflows().history(workflow.id()).size() - 1);
        assertThat(last.from()).isEqualTo(PapStatus.PENDING_UPFRONT_PAYMENT);
        assertThat(last.to()).isEqualTo(PapStatus.PENDING_UPFRONT_PAYMENT);
        assertThat(last.actor()).isEqualTo(ProgramFees.PAYMENT_GATEWAY);
        assertThat(last.note()).isEqualTo("paid; batch full, waiting for a seat");
        refusedWith(() -> kit.startPapPayment.start(workflow.userId(), workflow.id()), PapErrors.INVALID_TRANSITION);
    }

    @Test
    void aCaptureAfterTheBatchWasCancelledIsRecordedTooAndTheStudentIsSeatedInAnotherBatch() {
        var batch = kit.aPapBatch(5);
        var other = kit.aPapBatch(5);
        var workflow = choseUpfront(batch);
        var checkout = kit.startPapPayment.start(workflow.userId(), workflow.id());
        new ChangeBatchStatus(kit.stores.batches(), kit.tx, kit.clock).change(kit.admin, batch.id(), BatchStatus.CANCELLED);

        assertThat(kit.invoices.routing.route(captured(checkout, "pay_1")).changed()).isTrue();

        assertThat(receipts()).isEqualTo(1);
        assertThat(kit.applicationStatus(workflow.applicationId())).isEqualTo(ApplicationStatus.PAID);
        assertThat(kit.stores.workflows().find(workflow.id()).orElseThrow().awaitsSeat()).isTrue();
        assertThat(kit.stores.workflows().history(workflow.id())).extracting(WorkflowTransition::note)
                .endsWith("paid; batch closed, waiting for a seat");
        refusedWith(() -> kit.enrollPaid.enroll(kit.admin, workflow.id(), null), ProgramErrors.BATCH_CLOSED);
        assertThat(kit.enrollPaid.enroll(kit.admin, workflow.id(), other.id()).status()).isEqualTo(PapStatus.ENROLLED);
    }

    @Test
    void withASeatFreeTheUpfrontFeeStillEnrollsBoth() {
        var batch = kit.aPapBatch(1);
        var workflow = choseUpfront(batch);
        var checkout = kit.startPapPayment.start(workflow.userId(), workflow.id());

        kit.invoices.routing.route(captured(checkout, "pay_1"));

        assertThat(kit.status(workflow.id())).isEqualTo(PapStatus.ENROLLED);
        assertThat(kit.applicationStatus(workflow.applicationId())).isEqualTo(ApplicationStatus.ENROLLED);
        assertThat(kit.stores.workflows().history(workflow.id())).extracting(WorkflowTransition::note).contains("paid upfront")
                .doesNotContain("paid; batch full, waiting for a seat");
        assertThat(receipts()).isEqualTo(1);
        assertThat(kit.invoices.invoices.all()).hasSize(1);
    }

    @Test
    void aRepeatedCaptureOfAWaitingWorkflowChangesNothingAndASecondPaymentIsRecordedToRefundAndNothingElse() {
        var batch = kit.aPapBatch(1);
        var workflow = choseUpfront(batch);
        var checkout = kit.startPapPayment.start(workflow.userId(), workflow.id());
        someoneElseTakesASeat(batch);
        kit.invoices.routing.route(captured(checkout, "pay_1"));
        var before = kit.stores.workflows().find(workflow.id()).orElseThrow();
        int steps = kit.stores.workflows().history(workflow.id()).size();
        int invoices = kit.invoices.invoices.all().size();

        var webhookAgain = kit.invoices.routing.route(captured(checkout, "pay_1"));
        var verified = kit.verifyPapPayment.verify(workflow.userId(), workflow.id(), new ConfirmCheckout.Command(
                checkout.orderId(), "pay_1", FakeCheckoutGateway.signatureOf(checkout.orderId(), "pay_1")));
        var anotherPayment = kit.invoices.routing.route(captured(checkout, "pay_2"));
        var anotherAgain = kit.invoices.routing.route(captured(checkout, "pay_2"));

        assertThat(webhookAgain.changed()).isFalse();
        assertThat(anotherPayment.changed()).as("the second payment is recorded").isTrue();
        assertThat(anotherAgain.changed()).isFalse();
        assertThat(verified).isEqualTo(before);
        assertThat(kit.stores.workflows().find(workflow.id())).contains(before);
        assertThat(kit.stores.workflows().history(workflow.id())).hasSize(steps);
        assertThat(kit.invoices.invoices.all()).hasSize(invoices);
        assertThat(receipts()).isEqualTo(2);
        var fee = kit.invoices.payments.findByGatewayPaymentId("pay_1").orElseThrow();
        assertThat(fee.id()).isEqualTo(before.feePaymentId());
        assertThat(fee.refundReason()).isNull();
        var surplus = kit.invoices.payments.findByGatewayPaymentId("pay_2").orElseThrow();
        assertThat(surplus.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(surplus.purpose()).isEqualTo(PaymentPurpose.PAP_FEE);
        assertThat(surplus.reference()).isEqualTo(workflow.id().toString());
        assertThat(surplus.amountPaise()).isEqualTo(5_000_000);
        assertThat(surplus.refundDue()).isTrue();
        assertThat(surplus.refundReason()).isEqualTo("the upfront fee of workflow " + workflow.id()
                + " was paid by receipt " + fee.id());
        assertThat(kit.invoices.invoices.findByPayment(surplus.id())).isEmpty();
        assertThat(kit.applicationStatus(workflow.applicationId())).isEqualTo(ApplicationStatus.PAID);
        assertThat(kit.stores.applications().history(workflow.applicationId())).extracting(t -> t.to())
                .filteredOn(ApplicationStatus.PAYMENT_RECEIVED::equals).hasSize(1);
    }

    @Test
    void aSecondPaymentAfterTheUpfrontFeeEnrolledTheStudentIsRecordedToRefund() {
        var workflow = choseUpfront(kit.aPapBatch(5));
        var checkout = kit.startPapPayment.start(workflow.userId(), workflow.id());
        kit.invoices.routing.route(captured(checkout, "pay_1"));
        var enrolled = kit.stores.workflows().find(workflow.id()).orElseThrow();

        assertThat(kit.invoices.routing.route(captured(checkout, "pay_2")).changed()).isTrue();

        assertThat(kit.stores.workflows().find(workflow.id())).contains(enrolled);
        assertThat(kit.invoices.payments.findByGatewayPaymentId("pay_2").orElseThrow().refundReason())
                .isEqualTo("workflow " + workflow.id() + " is ENROLLED, waiting for no payment; its fee was paid by receipt "
                        + enrolled.feePaymentId());
        assertThat(kit.invoices.payments.findByGatewayPaymentId("pay_1").orElseThrow().refundDue()).isFalse();
        assertThat(kit.invoices.invoices.all()).hasSize(1);
    }

    @Test
    void theUpfrontOrderIsRefusedWhileTheBatchIsFull() {
        var batch = kit.aPapBatch(1);
        var workflow = choseUpfront(batch);
        someoneElseTakesASeat(batch);

        refusedWith(() -> kit.startPapPayment.start(workflow.userId(), workflow.id()), ProgramErrors.BATCH_FULL);
    }

    @Test
    void anAdminSeatsThePaidStudentInAnotherBatchOrInItsOwnOnceASeatIsFree() {
        var batch = kit.aPapBatch(1);
        var workflow = choseUpfront(batch);
        var checkout = kit.startPapPayment.start(workflow.userId(), workflow.id());
        var seatHolder = kit.anEnrolledPapWorkflow(batch);
        kit.invoices.routing.route(captured(checkout, "pay_1"));

        refusedWith(() -> kit.enrollPaid.enroll(kit.admin, workflow.id(), null), ProgramErrors.BATCH_FULL);
        assertThat(kit.status(workflow.id())).isEqualTo(PapStatus.PENDING_UPFRONT_PAYMENT);
        assertThat(kit.applicationStatus(workflow.applicationId())).isEqualTo(ApplicationStatus.PAID);
        refusedWith(() -> kit.enrollPaid.enroll(kit.admin, seatHolder.id(), null), PapErrors.INVALID_TRANSITION);

        kit.changeEnrollment.deboard(kit.admin, seatHolder.applicationId(), "left");
        var enrolled = kit.enrollPaid.enroll(kit.admin, workflow.id(), null);

        assertThat(enrolled.status()).isEqualTo(PapStatus.ENROLLED);
        assertThat(kit.status(workflow.id())).isEqualTo(PapStatus.ENROLLED);
        var application = kit.stores.applications().find(workflow.applicationId()).orElseThrow();
        assertThat(application.status()).isEqualTo(ApplicationStatus.ENROLLED);
        assertThat(application.batchId()).isEqualTo(batch.id());
        assertThat(kit.stores.applications().history(application.id())).extracting(t -> t.to()).containsSubsequence(
                ApplicationStatus.PAYMENT_RECEIVED, ApplicationStatus.PAID, ApplicationStatus.BATCH_ALLOCATED,
                ApplicationStatus.ENROLLED);
        var last = kit.stores.workflows().history(workflow.id()).get(kit.stores.workflows().history(workflow.id()).size() - 1);
        assertThat(last.actor()).isEqualTo(kit.admin);
        assertThat(last.to()).isEqualTo(PapStatus.ENROLLED);
        refusedWith(() -> kit.enrollPaid.enroll(kit.admin, workflow.id(), null), PapErrors.INVALID_TRANSITION);
        assertThat(kit.invoices.invoices.all()).hasSize(1);
    }

    @Test
    void anAdminMaySeatThePaidStudentInAnotherBatch() {
        var batch = kit.aPapBatch(1);
        var other = kit.aPapBatch(1);
        var workflow = paidWhileTheBatchIsFull(batch);

        var enrolled = kit.enrollPaid.enroll(kit.admin, workflow.id(), other.id());

        assertThat(kit.status(workflow.id())).isEqualTo(PapStatus.ENROLLED);
        var application = kit.stores.applications().find(workflow.applicationId()).orElseThrow();
        assertThat(application.status()).isEqualTo(ApplicationStatus.ENROLLED);
        assertThat(application.batchId()).isEqualTo(other.id());
        assertThat(kit.stores.applications().seated(other.id())).isEqualTo(1);
        assertThat(enrolled.batchId()).isEqualTo(other.id());
        assertThat(kit.stores.workflows().find(workflow.id()).orElseThrow().batchId()).isEqualTo(other.id());
        var history = kit.stores.workflows().history(workflow.id());
        var seated = history.get(history.size() - 1);
        assertThat(seated.to()).isEqualTo(PapStatus.ENROLLED);
        assertThat(seated.actor()).isEqualTo(kit.admin);
        assertThat(seated.at()).isEqualTo(kit.clock.instant());
        assertThat(seated.note()).isEqualTo("seated in batch " + other.code() + " instead of " + batch.code());
    }

    @Test
    void seatedInItsOwnBatchTheWorkflowKeepsItAndSaysSo() {
        var batch = kit.aPapBatch(1);
        var workflow = choseUpfront(batch);
        var checkout = kit.startPapPayment.start(workflow.userId(), workflow.id());
        var seatHolder = kit.anEnrolledPapWorkflow(batch);
        kit.invoices.routing.route(captured(checkout, "pay_1"));
        kit.changeEnrollment.deboard(kit.admin, seatHolder.applicationId(), "left");

        var enrolled = kit.enrollPaid.enroll(kit.admin, workflow.id(), batch.id());

        assertThat(enrolled.batchId()).isEqualTo(batch.id());
        assertThat(kit.stores.workflows().history(workflow.id())).extracting(WorkflowTransition::note)
                .endsWith("seated in batch " + batch.code());
    }

    @Test
    void theProgramRoutesLeaveAStudentWaitingForASeatToTheWorkflowAndNameTheRouteThatSeatsThem() {
        var batch = kit.aPapBatch(1);
        var other = kit.aPapBatch(1);
        var workflow = paidWhileTheBatchIsFull(batch);
        var waiting = kit.stores.workflows().find(workflow.id()).orElseThrow();
        var paid = kit.stores.applications().find(workflow.applicationId()).orElseThrow();
        int applicationSteps = kit.stores.applications().history(paid.id()).size();
        int workflowSteps = kit.stores.workflows().history(workflow.id()).size();

        assertThatThrownBy(() -> kit.allocate.allocate(kit.admin, paid.id(), other.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(PapErrors.SEATED_THROUGH_PAP);
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.detail()).contains("POST /api/admin/pap/workflows/" + workflow.id() + "/enroll");
                    assertThat(e.properties()).containsEntry("workflowId", workflow.id().toString());
                });
        refusedWith(() -> kit.allocate.allocate(kit.admin, paid.id(), null), PapErrors.SEATED_THROUGH_PAP);
        refusedWith(() -> kit.changeEnrollment.enroll(kit.admin, paid.id(), null), PapErrors.SEATED_THROUGH_PAP);

        assertThat(kit.stores.applications().find(paid.id())).contains(paid);
        assertThat(kit.stores.applications().history(paid.id())).hasSize(applicationSteps);
        assertThat(kit.stores.applications().seated(other.id())).isZero();
        assertThat(kit.stores.workflows().find(workflow.id())).contains(waiting);
        assertThat(kit.stores.workflows().history(workflow.id())).hasSize(workflowSteps);

        var enrolled = kit.enrollPaid.enroll(kit.admin, workflow.id(), other.id());
        assertThat(enrolled.status()).isEqualTo(PapStatus.ENROLLED);
        assertThat(enrolled.batchId()).isEqualTo(other.id());
        var application = kit.stores.applications().find(paid.id()).orElseThrow();
        assertThat(application.status()).isEqualTo(ApplicationStatus.ENROLLED);
        assertThat(application.batchId()).isEqualTo(other.id());
    }

    @Test
    void aWorkflowWhoseApplicationWasAllocatedBeforeTheProgramRoutesLeftItToTheWorkflowCatchesUp() {
        var batch = kit.aPapBatch(1);
        var other = kit.aPapBatch(1);
        var workflow = paidWhileTheBatchIsFull(batch);
        var allocateUnaware = new AllocateBatch(kit.stores.applications(), kit.stores.batches(), new SeatingPolicies(),
                kit.tx, kit.clock, in.mrmentor.notification.Notifier.none());
        allocateUnaware.allocate(kit.admin, workflow.applicationId(), other.id());

        refusedWith(() -> kit.enrollPaid.enroll(kit.admin, workflow.id(), batch.id()), PapErrors.INVALID_TRANSITION);
        var enrolled = kit.enrollPaid.enroll(kit.admin, workflow.id(), null);

        assertThat(kit.status(workflow.id())).isEqualTo(PapStatus.ENROLLED);
        assertThat(kit.applicationStatus(workflow.applicationId())).isEqualTo(ApplicationStatus.ENROLLED);
        assertThat(enrolled.batchId()).as("the workflow follows the seat the application holds").isEqualTo(other.id());
        assertThat(kit.stores.workflows().history(workflow.id())).extracting(WorkflowTransition::note)
                .endsWith("seated in batch " + other.code() + " instead of " + batch.code());
    }
}
