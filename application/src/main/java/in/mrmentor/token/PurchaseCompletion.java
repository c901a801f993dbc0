package in.mrmentor.token;

import in.mrmentor.notification.Notice;
import in.mrmentor.notification.NotificationType;
import in.mrmentor.notification.Notifier;
import in.mrmentor.invoice.Buyer;
import in.mrmentor.invoice.CaptureGatewayPayment;
import in.mrmentor.invoice.InvoiceSeries;
import in.mrmentor.invoice.IssueInvoice;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.token.port.Ledger;
import in.mrmentor.token.port.PurchaseBuyers;
import in.mrmentor.token.port.Purchases;

import java.time.Instant;
import java.util.List;

/**
 * The one way a purchase completes, shared by client verification and the webhook. The caller holds
 * the purchase row locked, so whichever arrives first credits and every later arrival sees COMPLETED.
 * In the same transaction the payment is recorded in {@code global_payments} and invoiced in the
 * {@code TOK} series, tax-inclusive at the price paid (FINANCE.md: token purchases are invoiced too).
 */
public final class PurchaseCompletion {
    private final Purchases purchases;
    private final Ledger ledger;
    private final Notifier notifier;
    private final PurchaseBuyers buyers;
    private final CaptureGatewayPayment capturePayment;
    private final IssueInvoice issueInvoice;

    public PurchaseCompletion(Purchases purchases, Ledger ledger, Notifier notifier, PurchaseBuyers buyers,
                              CaptureGatewayPayment capturePayment, IssueInvoice issueInvoice) {
        this.purchases = purchases;
        this.ledger = ledger;
        this.notifier = notifier;
        this.buyers = buyers;
        this.capturePayment = capturePayment;
        this.issueInvoice = issueInvoice;
    }

    Purchase complete(Purchase locked, String paymentId, Instant at) {
        if (!locked.status().canMoveTo(PurchaseStatus.COMPLETED)) {
            if (paymentId != null && !paymentId.equals(locked.paymentId())) {
                recordSurplus(locked, paymentId);
            }
            return locked;
        }
        var completed = locked.completed(paymentId, at);
        ledger.post(List.of(completed.credit()), at).orElseThrow(refused -> refused.unexpected("a credit"));
        purchases.replace(completed);
        notifier.notify(new Notice(completed.userId(), NotificationType.PURCHASE_COMPLETED, "Purchase completed",
                completed.quantity() + " tokens were added to your wallet.", "/tokens/wallet"));
        invoice(completed);
        return completed;
    }

    /**
     * A second payment of the order (the student paid twice), or one for a purchase that can no longer
     * complete: it buys nothing, but the money was taken, so it is recorded to be refunded, once.
     */
    private void recordSurplus(Purchase purchase, String paymentId) {
        var buyer = buyerOf(purchase);
        String reason = purchase.status() == PurchaseStatus.COMPLETED
                ? "token purchase " + purchase.id() + " was paid already by " + purchase.paymentId()
                : "token purchase " + purchase.id() + " is " + purchase.status();
        capturePayment.captureSurplus(new CaptureGatewayPayment.Command(paymentId, purchase.orderId(),
                PaymentPurpose.TOKEN_PURCHASE, purchase.id().toString(), buyer.name(), buyer.email(),
                purchase.amountPaise(), purchase.currency(), "token-purchase:" + purchase.id()), reason);
    }

    private void invoice(Purchase completed) {
        var buyer = buyerOf(completed);
        String trigger = "token-purchase:" + completed.id();
        var payment = capturePayment.capture(new CaptureGatewayPayment.Command(completed.paymentId(), completed.orderId(),
                PaymentPurpose.TOKEN_PURCHASE, completed.id().toString(), buyer.name(), buyer.email(),
                completed.amountPaise(), completed.currency(), trigger));
        issueInvoice.issueTo(completed.userId(), IssueInvoice.Command.inclusive(InvoiceSeries.TOK, Buyer.unregistered(buyer.name(), buyer.email()),
                "Mentorship tokens x " + completed.quantity(), completed.amountPaise(), payment.id(), trigger));
    }

    /** Who the receipt and the invoice name: the purchaser, or a placeholder for an account gone since. */
    private PurchaseBuyers.BuyerName buyerOf(Purchase purchase) {
        return buyers.of(purchase.userId())
                .orElse(new PurchaseBuyers.BuyerName("Mr. Mentor user " + purchase.userId(), null));
    }
}
