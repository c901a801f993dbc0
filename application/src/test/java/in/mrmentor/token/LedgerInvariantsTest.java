package in.mrmentor.token;

import in.mrmentor.invoice.ConfirmCheckout;

import in.mrmentor.shared.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN.md "Token economy" as properties: whatever sequence of grants, corrections, bookings,
 * refunds, resume reviews and purchases (with repeated, reordered webhooks and verifications) runs,
 * every user account stays at or above zero, equals the sum of its entries, the sum over all accounts
 * is zero, refunds restore each account a booking drew from, and each purchase credits exactly once.
 */
class LedgerInvariantsTest {
    private static final int USERS = 3;

    /** One step of a random history; {@code user} and {@code pick} index into what exists at that point. */
    record Step(String kind, int user, Wallet wallet, long amount, int pick) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of("grant", "correct", "book", "refund", "review", "purchase", "capture", "verify"),
                Arbitraries.integers().between(0, USERS - 1),
                Arbitraries.of(Wallet.class),
                Arbitraries.longs().between(1, 6),
                Arbitraries.integers().between(0, 50)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 200)
    void everyHistoryKeepsTheLedgerInvariants(@ForAll("histories") @Size(max = 60) List<Step> history) {
        var kit = new TokenKit();
        List<UUID> users = new ArrayList<>();
        Map<UUID, Map<Wallet, Long>> model = new HashMap<>();
        for (int i = 0; i < USERS; i++) {
            UUID user = kit.student();
            users.add(user);
            Map<Wallet, Long> start = new EnumMap<>(Wallet.class);
            start.putAll(kit.wallet(user).asMap());
            model.put(user, start);
        }
        List<List<Transfer>> bookings = new ArrayList<>();
        List<StartPurchase.Checkout> checkouts = new ArrayList<>();
        Map<UUID, Boolean> credited = new HashMap<>();

        for (Step step : history) {
            UUID user = users.get(step.user());
            Map<Wallet, Long> held = model.get(user);
            switch (step.kind()) {
                case "grant" -> {
                    kit.grantTokens.grant(user, new GrantTokens.Command(user, step.wallet(), step.amount(), "p"));
                    held.merge(step.wallet(), step.amount(), Long::sum);
                }
                case "correct" -> {
                    boolean covered = held.get(step.wallet()) >= step.amount();
                    boolean refused = refused(() -> kit.grantTokens.grant(user, new GrantTokens.Command(user,
                            step.wallet(), -step.amount(), "p")));
                    assertThat(refused).isEqualTo(!covered);
                    if (covered) {
                        held.merge(step.wallet(), -step.amount(), Long::sum);
                    }
                }
                case "book" -> {
                    long promo = held.get(Wallet.PROMOTIONAL_TOKEN);
                    long paid = held.get(Wallet.TOKEN);
                    if (promo + paid < step.amount()) {
                        assertThat(refused(() -> kit.book(user, step.amount(), "x"))).isTrue();
                    } else {
                        bookings.add(kit.book(user, step.amount(), "slot-" + bookings.size()));
                        long fromPromo = Math.min(promo, step.amount());
                        held.put(Wallet.PROMOTIONAL_TOKEN, promo - fromPromo);
                        held.put(Wallet.TOKEN, paid - (step.amount() - fromPromo));
                    }
                }
                case "refund" -> {
                    if (!bookings.isEmpty()) {
                        var booking = bookings.remove(step.pick() % bookings.size());
                        kit.refund(booking, "r");
                        for (Transfer leg : booking) {
                            var source = (UserAccount) leg.from();
                            model.get(source.userId()).merge(source.wallet(), leg.amount(), Long::sum);
                        }
                    }
                }
                case "review" -> {
                    boolean covered = held.get(Wallet.RESUME_TOKEN) >= 1;
                    boolean refused = refused(() -> kit.resumeReview.request(user, new RequestResumeReview.Command(null, null)));
                    assertThat(refused).isEqualTo(!covered);
                    if (covered) {
                        held.merge(Wallet.RESUME_TOKEN, -1L, Long::sum);
                    }
                }
                case "purchase" -> checkouts.add(kit.startPurchase.start(user, new StartPurchase.Command(step.amount())));
                case "capture", "verify" -> {
                    if (!checkouts.isEmpty()) {
                        var checkout = checkouts.get(step.pick() % checkouts.size());
                        var buyer = kit.purchases.find(checkout.purchaseId()).orElseThrow();
                        if (step.kind().equals("capture")) {
                            // a gateway payment id names one payment of one order
                            kit.webhook.receive(FakePaymentGateway.event("captured", checkout.orderId(), "pay_" + checkout.orderId()), "ok");
                        } else {
                            kit.verifyPurchase.verify(buyer.userId(), checkout.purchaseId(), new ConfirmCheckout.Command(
                                    checkout.orderId(), "pay_" + checkout.orderId(),
                                    FakePaymentGateway.signatureOf(checkout.orderId(), "pay_" + checkout.orderId())));
                        }
                        if (credited.putIfAbsent(checkout.purchaseId(), true) == null) {
                            model.get(buyer.userId()).merge(Wallet.TOKEN, buyer.quantity(), Long::sum);
                        }
                    }
                }
                default -> throw new IllegalStateException(step.kind());
            }
            for (UUID someone : users) {
                assertThat(kit.wallet(someone).asMap()).as("balances of %s after %s", someone, step)
                        .isEqualTo(model.get(someone));
            }
            var audit = kit.ledger.audit();
            assertThat(audit.globalSum()).isZero();
            assertThat(audit.mismatches()).isEmpty();
            assertThat(audit.unbalancedTransfers()).isEmpty();
        }
    }

    private static boolean refused(Runnable call) {
        try {
            call.run();
            return false;
        } catch (DomainException refusal) {
            assertThat(refusal.code()).isEqualTo("INSUFFICIENT_TOKENS");
            return true;
        }
    }
}
