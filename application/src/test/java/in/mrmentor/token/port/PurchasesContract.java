package in.mrmentor.token.port;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.Purchase;
import in.mrmentor.token.PurchaseStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link Purchases} must do. */
public abstract class PurchasesContract {
    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    protected Purchases purchases;
    protected Transactions transactions;

    protected abstract Purchases newPurchases();

    protected abstract Transactions transactionsFor(Purchases purchases);

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    @BeforeEach
    void freshPurchases() {
        purchases = newPurchases();
        transactions = transactionsFor(purchases);
    }

    private static Purchase pending(UUID user, String orderId) {
        return new Purchase(UUID.randomUUID(), user, 5, 50_000, "INR", orderId, PurchaseStatus.PENDING, null, T0, null);
    }

    @Test
    void anAddedPurchaseIsFoundAsItWasAdded() {
        var purchase = pending(aUser(), "order_A1");

        purchases.add(purchase);

        assertThat(purchases.find(purchase.id())).contains(purchase);
    }

    @Test
    void aPurchaseIsLockedByItsIdOrByItsOrderIdInsideAUnitOfWork() {
        var purchase = pending(aUser(), "order_A1");
        purchases.add(purchase);
        purchases.add(pending(aUser(), "order_B2"));

        assertThat(transactions.inTransaction(() -> purchases.lock(purchase.id()))).contains(purchase);
        assertThat(transactions.inTransaction(() -> purchases.lockByOrderId("order_A1"))).contains(purchase);
    }

    @Test
    void anUnknownPurchaseOrOrderIsNotFound() {
        purchases.add(pending(aUser(), "order_A1"));

        assertThat(purchases.find(UUID.randomUUID())).isEmpty();
        assertThat(purchases.lock(UUID.randomUUID())).isEmpty();
        assertThat(purchases.lockByOrderId("order_unknown")).isEmpty();
    }

    @Test
    void anOrderIdBelongsToOnePurchase() {
        var first = pending(aUser(), "order_A1");
        var second = pending(aUser(), "order_A1");
        purchases.add(first);

        assertThatThrownBy(() -> purchases.add(second)).isInstanceOf(RuntimeException.class);

        assertThat(purchases.find(second.id())).isEmpty();
        assertThat(purchases.lockByOrderId("order_A1")).contains(first);
    }

    @Test
    void aCompletedPurchaseKeepsItsPaymentAndCompletionTime() {
        var purchase = pending(aUser(), "order_A1");
        purchases.add(purchase);

        var completed = purchase.completed("pay_9", T0.plusSeconds(30));
        purchases.replace(completed);

        assertThat(purchases.find(purchase.id())).contains(completed);
    }

    @Test
    void aFailedPurchaseKeepsItsPaymentAndCanStillComplete() {
        var purchase = pending(aUser(), "order_A1");
        purchases.add(purchase);

        var failed = purchase.failed("pay_1");
        purchases.replace(failed);
        assertThat(purchases.lockByOrderId("order_A1")).contains(failed);

        var completed = failed.completed("pay_2", T0.plusSeconds(90));
        purchases.replace(completed);
        assertThat(purchases.find(purchase.id())).contains(completed);
    }

    @Test
    void aCompletionInARolledBackUnitOfWorkIsUndone() {
        var purchase = pending(aUser(), "order_A1");
        purchases.add(purchase);

        assertThatThrownBy(() -> transactions.run(() -> {
            var locked = purchases.lockByOrderId("order_A1").orElseThrow();
            purchases.replace(locked.completed("pay_9", T0.plusSeconds(30)));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(purchases.find(purchase.id())).contains(purchase);
    }
}
