package in.mrmentor.token;

import in.mrmentor.config.FeatureFlag;
import in.mrmentor.config.FeatureFlags;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.token.port.Ledger;
import in.mrmentor.token.port.PaymentGateway;
import in.mrmentor.token.port.memory.InMemoryAllotmentRequests;
import in.mrmentor.token.port.memory.InMemoryGrantAudit;
import in.mrmentor.token.port.memory.InMemoryLedger;
import in.mrmentor.token.port.memory.InMemoryPurchases;
import in.mrmentor.token.port.memory.InMemoryResumeReviews;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every token use case wired by hand over the in-memory adapters, as bootstrap wires them over PostgreSQL. */
final class TokenKit {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    final InMemoryTransactions tx = new InMemoryTransactions();
    final InMemoryLedger ledger = tx.enlist(new InMemoryLedger());
    final InMemoryGrantAudit audit = tx.enlist(new InMemoryGrantAudit());
    final InMemoryAllotmentRequests requests = tx.enlist(new InMemoryAllotmentRequests());
    final InMemoryPurchases purchases = tx.enlist(new InMemoryPurchases());
    final InMemoryResumeReviews reviews = tx.enlist(new InMemoryResumeReviews());
    final in.mrmentor.notification.port.memory.InMemoryNotifications notifications =
            tx.enlist(new in.mrmentor.notification.port.memory.InMemoryNotifications());

    final OpenWallet openWallet;
    final ShowWallet showWallet;
    final GrantTokens grantTokens;
    final RequestTokens requestTokens;
    final DecideTokenRequest decide;
    final RequestResumeReview resumeReview;
    final StartPurchase startPurchase;
    final VerifyPurchase verifyPurchase;
    final ReceivePaymentWebhook webhook;

    TokenKit() {
        this(FeatureFlags.defaults(), new FakePaymentGateway(), new StarterBundle(2, 1));
    }

    TokenKit(FeatureFlags flags, PaymentGateway gateway, StarterBundle bundle) {
        Ids ids = Ids.random();
        var notifier = new in.mrmentor.notification.StoredNotifier(notifications, CLOCK, ids);
        openWallet = new OpenWallet(ledger, bundle, flags, CLOCK);
        showWallet = new ShowWallet(ledger);
        grantTokens = new GrantTokens(ledger, audit, flags, tx, CLOCK, ids);
        requestTokens = new RequestTokens(requests, flags, tx, CLOCK, ids);
        decide = new DecideTokenRequest(requests, ledger, flags, notifier, tx, CLOCK);
        resumeReview = new RequestResumeReview(ledger, reviews, flags, tx, CLOCK, ids);
        startPurchase = new StartPurchase(purchases, gateway, new TokenPrice(350), tx, CLOCK, ids);
        var completion = new PurchaseCompletion(purchases, ledger, notifier);
        verifyPurchase = new VerifyPurchase(purchases, completion, gateway, tx, CLOCK);
        webhook = new ReceivePaymentWebhook(purchases, completion, gateway, tx, CLOCK);
    }

    static TokenKit with(FeatureFlag off) {
        return new TokenKit(FeatureFlags.of(Map.of(off, false)), new FakePaymentGateway(), new StarterBundle(2, 1));
    }

    UUID student() {
        UUID id = UUID.randomUUID();
        openWallet.open(id, true);
        return id;
    }

    WalletBalance wallet(UUID user) {
        return showWallet.show(user);
    }

    /** A booking as the mentorship context will pay for it: promotional first, all or nothing. */
    List<Transfer> book(UUID user, long cost, String slot) {
        var spend = tx.inTransaction(() -> new PayForBooking(ledger, CLOCK).pay(user, cost, "slot:" + slot));
        return SpendPlan.transfersOf(user, spend, "slot:" + slot);
    }

    void refund(List<Transfer> booking, String slot) {
        tx.run(() -> ledger.post(SpendPlan.refundOf(booking, "refund:" + slot), CLOCK.instant()));
    }
}
