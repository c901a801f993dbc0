package in.mrmentor.invoice.port;

import in.mrmentor.testing.Race;

import in.mrmentor.invoice.Payment;
import in.mrmentor.invoice.PaymentMethod;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentStatus;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Payments} must do. */
public abstract class PaymentsContract {
    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    protected Payments payments;
    protected Transactions transactions;

    protected abstract Payments newPayments();

    protected abstract Transactions transactionsFor(Payments payments);

    @BeforeEach
    void freshPayments() {
        payments = newPayments();
        transactions = transactionsFor(payments);
    }

    protected static Payment captured(String gatewayId, Instant at) {
        return new Payment(UUID.randomUUID(), "Asha", "asha@example.in", 118_000, "INR",
                gatewayId == null ? PaymentMethod.BANK_TRANSFER : PaymentMethod.RAZORPAY, gatewayId, "order_1",
                PaymentPurpose.PROGRAM_FEE, "application-1", PaymentStatus.CAPTURED, at, null);
    }

    @Test
    void aReceiptToRefundKeepsItsReasonThroughItsRefund() {
        var surplus = captured("pay_2", T0).toRefund("the fee of application-1 was paid by pay_1");
        payments.addOnce(surplus);
        var late = captured("pay_3", T0.plusSeconds(1));
        payments.addOnce(late);
        payments.replace(late.toRefund("paid twice"));

        assertThat(payments.findByGatewayPaymentId("pay_2")).contains(surplus);
        assertThat(surplus.refundDue()).isTrue();
        assertThat(payments.find(late.id()).orElseThrow().refundReason()).isEqualTo("paid twice");
        payments.addOnce(captured("pay_1", T0.minusSeconds(60)));
        assertThat(payments.list(null, true, null, null, PageRequest.first(10))).extracting(Payment::id)
                .containsExactly(late.id(), surplus.id());
        payments.replace(surplus.moved(PaymentStatus.REFUNDED));
        assertThat(payments.list(null, true, null, null, PageRequest.first(10))).extracting(Payment::id)
                .containsExactly(late.id());
        var refunded = payments.find(surplus.id()).orElseThrow();
        assertThat(refunded.refundReason()).isEqualTo("the fee of application-1 was paid by pay_1");
        assertThat(refunded.refundDue()).isFalse();
    }

    @Test
    void aReceiptIsFoundByItsIdAndItsGatewayPaymentId() {
        var payment = captured("pay_1", T0);

        assertThat(payments.addOnce(payment)).isEqualTo(payment);

        assertThat(payments.find(payment.id())).contains(payment);
        assertThat(payments.findByGatewayPaymentId("pay_1")).contains(payment);
        assertThat(transactions.inTransaction(() -> payments.lock(payment.id()))).contains(payment);
    }

    @Test
    void aGatewayPaymentIsRecordedOnceHoweverOftenItIsAdded() {
        var first = captured("pay_1", T0);
        payments.addOnce(first);

        assertThat(payments.addOnce(captured("pay_1", T0.plusSeconds(5)))).isEqualTo(first);
        assertThat(payments.list(null, null, null, PageRequest.first(10))).containsExactly(first);
    }

    @Test
    void racingCapturesOfOnePaymentRecordOneRow() throws Exception {
        var recorded = Race.of(16, () -> transactions.inTransaction(() -> payments.addOnce(captured("pay_race", T0))));

        assertThat(recorded).extracting(Payment::id).containsOnly(recorded.get(0).id());
        assertThat(payments.list(null, null, null, PageRequest.first(50))).hasSize(1);
    }

    @Test
    void theStatusChangesAndListsFilterByStatusAndWindowNewestFirst() {
        var old = captured(null, T0);
        var recent = captured("pay_2", T0.plusSeconds(60));
        payments.addOnce(old);
        payments.addOnce(recent);
        payments.replace(recent.moved(PaymentStatus.REFUNDED));

        assertThat(payments.list(null, null, null, PageRequest.first(10))).extracting(Payment::id)
                .containsExactly(recent.id(), old.id());
        assertThat(payments.list(PaymentStatus.REFUNDED, null, null, PageRequest.first(10))).extracting(Payment::id)
                .containsExactly(recent.id());
        assertThat(payments.list(null, T0.plusSeconds(1), null, PageRequest.first(10))).hasSize(1);
        assertThat(payments.list(null, null, T0.plusSeconds(1), PageRequest.first(10))).extracting(Payment::id)
                .containsExactly(old.id());
    }
}
