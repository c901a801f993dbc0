package in.mrmentor.token;

import in.mrmentor.invoice.ConfirmCheckout;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.port.PaymentGateway;
import in.mrmentor.token.port.Purchases;

import java.time.Clock;
import java.util.UUID;

/**
 * The client brings back Razorpay's checkout result; a genuine signature completes the purchase and
 * credits the tokens, once, whether or not the webhook got there first.
 */
public final class VerifyPurchase {

    private final Purchases purchases;
    private final PaymentGateway gateway;
    private final PurchaseCompletion completion;
    private final Transactions transactions;
    private final Clock clock;

    public VerifyPurchase(Purchases purchases, PurchaseCompletion completion, PaymentGateway gateway,
                          Transactions transactions, Clock clock) {
        this.purchases = purchases;
        this.gateway = gateway;
        this.completion = completion;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws in.mrmentor.shared.DomainException 400 {@code INVALID_SIGNATURE}; 404 for another user's purchase */
    public Purchase verify(UUID userId, UUID purchaseId, ConfirmCheckout.Command command) {
        var known = purchases.find(purchaseId).filter(p -> p.userId().equals(userId))
                .orElseThrow(TokenErrors::purchaseNotFound);
        if (!known.orderId().equals(command.orderId())
                || !gateway.isAuthenticCheckout(command.orderId(), command.paymentId(), command.signature())) {
            throw TokenErrors.invalidSignature();
        }
        return transactions.inTransaction(() -> {
            var locked = purchases.lock(purchaseId).orElseThrow(TokenErrors::purchaseNotFound);
            return completion.complete(locked, command.paymentId(), clock.instant());
        });
    }
}
