package in.mrmentor.invoice.port;

import in.mrmentor.testing.Race;

import in.mrmentor.invoice.PaymentOrder;
import in.mrmentor.invoice.PaymentPurpose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link PaymentOrders} must do: one order per gateway order id, found as recorded. */
public abstract class PaymentOrdersContract {
    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    protected PaymentOrders orders;

    protected abstract PaymentOrders newOrders();

    @BeforeEach
    void freshOrders() {
        orders = newOrders();
    }

    private static PaymentOrder order(String orderId, String reference, long amountPaise) {
        return new PaymentOrder(orderId, PaymentPurpose.PAP_FEE, reference, amountPaise, "INR", T0);
    }

    @Test
    void anOrderIsFoundAsRecordedAndAnUnknownOneIsNot() {
        var order = order("order_1", "workflow-1", 5_000_000);

        assertThat(orders.add(order)).isTrue();

        assertThat(orders.find("order_1")).contains(order);
        assertThat(orders.find("order_2")).isEmpty();
    }

    @Test
    void aSecondOrderWithTheSameIdIsRefusedAndTheFirstIsKept() {
        var first = order("order_1", "workflow-1", 5_000_000);
        orders.add(first);

        assertThat(orders.add(order("order_1", "workflow-2", 1))).isFalse();

        assertThat(orders.find("order_1")).contains(first);
    }

    @Test
    void racingAddsOfOneOrderIdRecordItOnce() throws Exception {
        var added = Race.each(8, i -> () -> orders.add(order("order_raced", "workflow-" + i, 1_000 + i)));

        assertThat(added).containsOnlyOnce(true);
        assertThat(orders.find("order_raced")).isPresent();
    }
}
