package in.mrmentor.token;

import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.RecordPaymentOrder;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.port.PaymentGateway;
import in.mrmentor.token.port.Purchases;

import java.time.Clock;
import java.util.UUID;

/** A user starts buying tokens: we price them, create the provider's order and keep a PENDING purchase. */
public final class StartPurchase {

    public record Command(long quantity) {
        public Command {
            new Validation()
                    .require(quantity >= 1 && quantity <= TokenPrice.MAX_QUANTITY, "quantity",
                            "must be a whole number from 1 to " + TokenPrice.MAX_QUANTITY)
                    .orThrow();
        }
    }

    /** What the checkout page needs. */
    public record Checkout(UUID purchaseId, String orderId, long amountPaise, String currency, String keyId) {
    }

    private final Purchases purchases;
    private final RecordPaymentOrder recordOrder;
    private final PaymentGateway gateway;
    private final TokenPrice price;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public StartPurchase(Purchases purchases, RecordPaymentOrder recordOrder, PaymentGateway gateway, TokenPrice price,
                         Transactions transactions, Clock clock, Ids ids) {
        this.purchases = purchases;
        this.recordOrder = recordOrder;
        this.gateway = gateway;
        this.price = price;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** @throws in.mrmentor.shared.DomainException 503 {@code INTEGRATION_NOT_CONFIGURED} without a payment provider */
    public Checkout start(UUID userId, Command command) {
        String keyId = gateway.keyId();
        UUID purchaseId = ids.next();
        long amount = price.paiseFor(command.quantity());
        // The order is created before the row: an order without a purchase is harmless (never paid),
        // a purchase without an order could never complete.
        var order = gateway.createOrder(amount, TokenPrice.CURRENCY, purchaseId.toString());
        var purchase = new Purchase(purchaseId, userId, command.quantity(), amount, order.currency(), order.orderId(),
                PurchaseStatus.PENDING, null, clock.instant(), null);
        return transactions.inTransaction(() -> {
            purchases.add(purchase);
            // The webhook routes this order's events to the token purchases' handler by this record.
            recordOrder.record(new RecordPaymentOrder.Command(order.orderId(), PaymentPurpose.TOKEN_PURCHASE,
                    purchaseId.toString(), amount, order.currency()));
            return new Checkout(purchaseId, order.orderId(), amount, order.currency(), keyId);
        });
    }
}
