package in.mrmentor.invoice;

import in.mrmentor.invoice.port.PaymentOrders;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.Objects;

/**
 * Records which purpose a gateway order serves (for a context that creates its orders itself, as the
 * token purchases do), so the webhook routes the order's events to that purpose's handler. Recording
 * an order twice keeps the first record.
 */
public final class RecordPaymentOrder {

    public record Command(String orderId, PaymentPurpose purpose, String reference, long amountPaise, String currency) {
        public Command {
            new Validation()
                    .requireText(orderId, "orderId", 100)
                    .require(purpose != null, "purpose", "is required")
                    .optionalText(reference, "reference", 200)
                    .require(amountPaise >= 0, "amountPaise", "must not be negative")
                    .requireText(currency, "currency", 3)
                    .orThrow();
        }
    }

    private final PaymentOrders orders;
    private final Transactions transactions;
    private final Clock clock;

    public RecordPaymentOrder(PaymentOrders orders, Transactions transactions, Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PaymentOrder record(Command command) {
        Objects.requireNonNull(command, "command");
        var order = new PaymentOrder(command.orderId(), command.purpose(), command.reference(), command.amountPaise(),
                command.currency(), clock.instant());
        return transactions.inTransaction(() -> {
            orders.add(order);
            return orders.find(order.orderId()).orElse(order);
        });
    }
}
