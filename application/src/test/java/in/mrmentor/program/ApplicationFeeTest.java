package in.mrmentor.program;

import in.mrmentor.invoice.ConfirmCheckout;
import in.mrmentor.invoice.PaymentEvent;
import in.mrmentor.invoice.port.memory.FakeCheckoutGateway;
import in.mrmentor.pap.PapKit;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PROGRAMS.md's application fee: the fee less an approved discount, credited and invoiced once. */
class ApplicationFeeTest {
    private final PapKit kit = new PapKit();

    @Test
    void theWebhookAndTheCheckoutCreditTheFeeOnceAndTheInvoiceNamesTheBillingDetails() {
        var application = kit.anApprovedApplication(kit.aPapBatch(10));
        var request = kit.requestDiscount.request(kit.admin,
                new RequestDiscount.Command(application.id(), 1_000_000, "scholarship"));
        kit.decideDiscount.decide(kit.admin, request.id(), DiscountStatus.APPROVED, null);

        var checkout = kit.startFeePayment.start(application.userId(), application.id());
        assertThat(checkout.amountPaise()).as("the fee less the discount").isEqualTo(4_000_000);
        kit.invoices.routing.route(new PaymentEvent.Captured(checkout.orderId(), "pay_9", 4_000_000, "INR", "asha@example.com"));
        var verified = kit.verifyFeePayment.verify(application.userId(), application.id(), new ConfirmCheckout.Command(
                checkout.orderId(), "pay_9", FakeCheckoutGateway.signatureOf(checkout.orderId(), "pay_9")));

        assertThat(verified.status()).isEqualTo(ApplicationStatus.PAID);
        assertThat(verified.invoiceNumber()).isEqualTo("MAS101/2627/0001");
        var invoice = kit.invoices.invoices.findByNumber(verified.invoiceNumber()).orElseThrow();
        assertThat(invoice.buyer().name()).isEqualTo("Asha Rao");
        assertThat(invoice.buyer().stateCode()).isEqualTo("29");
        assertThat(kit.invoices.payments.list(null, null, null, PageRequest.first(10))).hasSize(1);
        assertThat(kit.allocate.allocate(kit.admin, application.id(), null).status()).isEqualTo(ApplicationStatus.BATCH_ALLOCATED);
        assertThat(kit.changeEnrollment.enroll(kit.admin, application.id(), null).status()).isEqualTo(ApplicationStatus.ENROLLED);
        // Told of each step others took (the test clock stands still, so not in order): approval, the fee
        // (paid and invoiced), the seat, enrolment.
        var inbox = kit.notifications.page(application.userId(), false, PageRequest.first(20));
        assertThat(inbox).extracting(n -> n.type().name()).containsExactlyInAnyOrder("PROGRAM_APPLICATION_APPROVED",
                "INVOICE_ISSUED", "PROGRAM_APPLICATION_UPDATED", "PROGRAM_APPLICATION_UPDATED", "PROGRAM_APPLICATION_UPDATED");
        assertThat(inbox).filteredOn(n -> n.type().name().equals("INVOICE_ISSUED")).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("MAS101/2627/0001"));
        assertThat(inbox).extracting(n -> n.title()).contains("Application paid", "Application allocated to a batch",
                "Application enrolled");
    }

    @Test
    void anAdminSeatsOnlyAPaidApplicationAndOnlyInABatchOfItsProgram() {
        var batch = kit.aPapBatch(10);
        var unpaid = kit.anApprovedApplication(batch);
        var mas102 = ProgramTestData.aBatch(10, false);
        mas102 = new Batch(mas102.id(), mas102.code().replace("MAS101", "MAS102"), mas102.name(), Program.MAS102,
                mas102.startDate(), 9_000_000, 10, false, mas102.status(), mas102.createdAt());
        kit.stores.batches().add(mas102);
        var sameProgram = kit.aPapBatch(10);

        assertThatThrownBy(() -> kit.allocate.allocate(kit.admin, unpaid.id(), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ProgramErrors.FEE_NOT_PAID));
        var checkout = kit.startFeePayment.start(unpaid.userId(), unpaid.id());
        kit.invoices.routing.route(new PaymentEvent.Captured(checkout.orderId(), "pay_p", 5_000_000, "INR", null));
        UUID otherProgram = mas102.id();
        assertThatThrownBy(() -> kit.allocate.allocate(kit.admin, unpaid.id(), otherProgram))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ProgramErrors.BATCH_OF_ANOTHER_PROGRAM));
        assertThat(kit.stores.applications().find(unpaid.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.PAID);

        var seated = kit.allocate.allocate(kit.admin, unpaid.id(), sameProgram.id());
        assertThat(seated.status()).isEqualTo(ApplicationStatus.BATCH_ALLOCATED);
        assertThat(seated.batchId()).isEqualTo(sameProgram.id());
    }

    @Test
    void aSecondPaymentOfAPaidFeeIsRecordedToRefundAndChangesNothingElse() {
        var application = kit.anApprovedApplication(kit.aPapBatch(10));
        var checkout = kit.startFeePayment.start(application.userId(), application.id());
        kit.invoices.routing.route(new PaymentEvent.Captured(checkout.orderId(), "pay_1", 5_000_000, "INR", null));
        var paid = kit.stores.applications().find(application.id()).orElseThrow();
        int steps = kit.stores.applications().history(application.id()).size();

        var second = kit.invoices.routing.route(new PaymentEvent.Captured(checkout.orderId(), "pay_2", 5_000_000, "INR", null));
        var secondAgain = kit.verifyFeePayment.verify(application.userId(), application.id(), new ConfirmCheckout.Command(
                checkout.orderId(), "pay_2", FakeCheckoutGateway.signatureOf(checkout.orderId(), "pay_2")));
        var firstAgain = kit.invoices.routing.route(new PaymentEvent.Captured(checkout.orderId(), "pay_1", 5_000_000, "INR", null));

        assertThat(second.changed()).isTrue();
        assertThat(firstAgain.changed()).isFalse();
        assertThat(secondAgain).isEqualTo(paid);
        assertThat(kit.stores.applications().history(application.id())).hasSize(steps);
        assertThat(kit.invoices.payments.list(null, null, null, PageRequest.first(10))).hasSize(2);
        assertThat(kit.invoices.invoices.all()).hasSize(1);
        var surplus = kit.invoices.payments.findByGatewayPaymentId("pay_2").orElseThrow();
        assertThat(surplus.refundDue()).isTrue();
        assertThat(surplus.refundReason()).isEqualTo("application " + application.id() + " is PAID, not waiting for its fee");
        assertThat(surplus.purpose()).isEqualTo(in.mrmentor.invoice.PaymentPurpose.APPLICATION_FEE);
        assertThat(kit.invoices.payments.findByGatewayPaymentId("pay_1").orElseThrow().refundReason()).isNull();
        assertThat(kit.invoices.audit.all()).filteredOn(e -> "pay_2".equals(e.documentNumber())).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("to refund: application " + application.id()));
    }

    @Test
    void onlyAnApprovedApplicationWithBillingDetailsMayPay() {
        var batch = kit.aPapBatch(10);
        UUID student = UUID.randomUUID();
        var draft = kit.startApplication.start(student, new StartApplication.Command(batch.id(), null, null));
        assertThatThrownBy(() -> kit.startFeePayment.start(student, draft.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TRANSITION"));
        kit.submit.submit(student, draft.id());
        kit.decide.decide(kit.admin, draft.id(), new DecideApplication.Command(DecideApplication.Decision.APPROVE, null));
        assertThatThrownBy(() -> kit.startFeePayment.start(student, draft.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("BILLING_DETAILS_MISSING"));
        assertThatThrownBy(() -> kit.startApplication.start(student, new StartApplication.Command(batch.id(), null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("APPLICATION_EXISTS"));
    }

    @Test
    void aDiscountAboveTheFeeIsRefusedAndARejectionNeedsItsReason() {
        var application = kit.anApprovedApplication(kit.aPapBatch(10));
        assertThatThrownBy(() -> kit.requestDiscount.request(kit.admin,
                new RequestDiscount.Command(application.id(), 5_000_001, "too much")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VALIDATION_FAILED"));
        assertThatThrownBy(() -> new DecideApplication.Command(DecideApplication.Decision.REJECT, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).contains("reason"));
    }
}
