package in.mrmentor.invoice.port;

import in.mrmentor.invoice.PaymentOrder;

import java.util.Optional;

/** Which context a gateway order belongs to ({@code superadmin.payment_orders}), for routing its events. */
public interface PaymentOrders {

    /** @return false when the order id is already recorded */
    boolean add(PaymentOrder order);

    Optional<PaymentOrder> find(String orderId);
}
