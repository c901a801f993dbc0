package in.mrmentor.invoice;

import in.mrmentor.invoice.port.CheckoutGateway;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.util.Objects;

/**
 * Opens a gateway order for a purpose and records it, so the webhook routes its events to that
 * purpose's handler. Used by every context that collects a fee (programs, PAP).
 */
public final class OpenPaymentOrder {

    public record Command(PaymentPurpose purpose, String reference, long amountPaise) {
        public Command {
            new Validation()
                    .require(purpose != null, "purpose", "is required")
                    .requireText(reference, "reference", 200)
                    .require(amountPaise > 0 && amountPaise < LineItem.MAX_AMOUNT_PAISE, "amountPaise", "must be above 0")
                    .orThrow();
        }
    }

    /** What the checkout page needs. */
    public record Checkout(String orderId, long amountPaise, String currency, String keyId) {
    }

    private final CheckoutGateway gateway;
    private final RecordPaymentOrder recordOrder;
    private final Transactions transactions;

    public OpenPaymentOrder(CheckoutGateway gateway, RecordPaymentOrder recordOrder, Transactions transactions) {
        this.gateway = gateway;
        this.recordOrder = recordOrder;
        this.transactions = transactions;
    }

    /** @throws in.mrmentor.shared.DomainException 503 {@code INTEGRATION_NOT_CONFIGURED} without a gateway */
    public Checkout open(Command command) {
        Objects.requireNonNull(command, "command");
        String keyId = gateway.keyId();
        // The order is created before its row: an order without a row is never paid, a row without an order never completes.
        var order = gateway.createOrder(command.amountPaise(), "INR", command.reference());
        return transactions.inTransaction(() -> {
            recordOrder.record(new RecordPaymentOrder.Command(order.orderId(), command.purpose(), command.reference(),
                    order.amountPaise(), order.currency()));
            return new Checkout(order.orderId(), order.amountPaise(), order.currency(), keyId);
        });
    }
}
