package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.GstRate;
import in.mrmentor.invoice.HsnSac;
import in.mrmentor.invoice.PaymentOrder;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded masters and the order routing table. */
class JdbiInvoiceMastersTest {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Test
    void theCoachingSacIsSeededAtEighteenPercentAndNewCodesAreAddedOnce() {
        var codes = new JdbiHsnSacCodes(database.jdbi());

        assertThat(codes.find("999293")).map(HsnSac::rate).contains(GstRate.percent(18));
        assertThat(codes.add(new HsnSac("49011010", "Printed books", GstRate.percent(0)))).isTrue();
        assertThat(codes.add(new HsnSac("49011010", "Printed books again", GstRate.percent(5)))).isFalse();
        assertThat(codes.all()).extracting(HsnSac::code).containsExactly("49011010", "999293");
    }

    @Test
    void anOrderIsRecordedOnceWithItsPurpose() {
        var orders = new JdbiPaymentOrders(database.jdbi());
        var order = new PaymentOrder("order_1", PaymentPurpose.PROGRAM_FEE, "application-1", 118_000, "INR",
                Instant.parse("2026-11-23T10:00:00Z"));

        assertThat(orders.add(order)).isTrue();
        assertThat(orders.add(new PaymentOrder("order_1", PaymentPurpose.PAP_FEE, null, 1, "INR", order.createdAt()))).isFalse();
        assertThat(orders.find("order_1")).contains(order);
        assertThat(orders.find("order_2")).isEmpty();
    }
}
