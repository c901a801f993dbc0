package in.mrmentor.token.port;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.PageWalk;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.BookingSpend;
import in.mrmentor.token.LedgerEntry;
import in.mrmentor.token.MovementKind;
import in.mrmentor.token.ShowLedger;
import in.mrmentor.token.SpendPlan;
import in.mrmentor.token.SystemAccount;
import in.mrmentor.token.Transfer;
import in.mrmentor.token.TransferPlan;
import in.mrmentor.token.UserAccount;
import in.mrmentor.token.Wallet;
import in.mrmentor.token.WalletBalance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link Ledger} must do. */
public abstract class LedgerContract {
    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    protected Ledger ledger;
    protected Transactions transactions;

    protected abstract Ledger newLedger();

    protected abstract Transactions transactionsFor(Ledger ledger);

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    @BeforeEach
    void freshLedger() {
        ledger = newLedger();
        transactions = transactionsFor(ledger);
    }

    private static Transfer grant(UUID user, Wallet wallet, long amount) {
        return new Transfer(SystemAccount.ISSUANCE, new UserAccount(user, wallet), amount, MovementKind.GRANT, "grant:t");
    }

    private static Transfer spend(UUID user, Wallet wallet, long amount) {
        return new Transfer(new UserAccount(user, wallet), SystemAccount.SPEND, amount, MovementKind.BOOKING, "slot:t");
    }

    @Test
    void anOpenedWalletHoldsNothing() {
        UUID user = aUser();
        ledger.open(user);
        ledger.open(user);

        assertThat(ledger.isOpen(user)).isTrue();
        assertThat(ledger.balances(user)).isEqualTo(WalletBalance.empty());
        assertThat(ledger.isOpen(UUID.randomUUID())).isFalse();
    }

    @Test
    void aPostingMovesTokensAndReportsTheBalanceAfterEachLeg() {
        UUID user = aUser();
        ledger.open(user);

        var posting = ledger.post(List.of(grant(user, Wallet.TOKEN, 5), grant(user, Wallet.TOKEN, 2),
                grant(user, Wallet.RESUME_TOKEN, 1)), T0);

        assertThat(posting).isInstanceOf(Ledger.Posted.class);
        var entries = posting.orElseThrow(refused -> new IllegalStateException("refused: " + refused)).entries();
        assertThat(entries).extracting(e -> e.balanceAfter()).containsExactly(5L, 7L, 1L);
        assertThat(entries).allSatisfy(e -> assertThat(e.kind()).isEqualTo(MovementKind.GRANT));
        assertThat(ledger.balances(user)).isEqualTo(new WalletBalance(7, 1, 0));
    }

    @Test
    void aPostingThatWouldTakeAUserAccountBelowZeroWritesNothing() {
        UUID user = aUser();
        ledger.open(user);
        ledger.post(List.of(grant(user, Wallet.TOKEN, 2)), T0);

        var posting = ledger.post(List.of(spend(user, Wallet.TOKEN, 1), spend(user, Wallet.TOKEN, 2)), T0);

        assertThat(posting).isEqualTo(new Ledger.Refused(new UserAccount(user, Wallet.TOKEN), 2, 1));
        assertThat(ledger.balances(user).token()).isEqualTo(2);
        assertThat(ledger.entries(user, PageRequest.first(10))).hasSize(1);
    }

    @Test
    void aUserAccountMayNotDipBelowZeroEvenForALegThatALaterTransferWouldRepay() {
        UUID user = aUser();
        ledger.open(user);

        var posting = ledger.post(List.of(spend(user, Wallet.TOKEN, 1), grant(user, Wallet.TOKEN, 1)), T0);

        assertThat(posting).isEqualTo(new Ledger.Refused(new UserAccount(user, Wallet.TOKEN), 1, 0));
        assertThat(ledger.entries(user, PageRequest.first(10))).isEmpty();
    }

    @Test
    void systemAccountsGoBelowZeroAndUserAccountsMayEndAtExactlyZero() {
        UUID user = aUser();
        ledger.open(user);

        var grant = ledger.post(List.of(grant(user, Wallet.TOKEN, 3)), T0);
        var spendAll = ledger.post(List.of(spend(user, Wallet.TOKEN, 3)), T0);

        assertThat(grant).isInstanceOf(Ledger.Posted.class);
        assertThat(spendAll).isInstanceOf(Ledger.Posted.class);
        assertThat(ledger.balances(user).token()).isZero();
    }

    @Test
    void aRefusedPostingLeavesTheUnitOfWorkItJoinedUsable() {
        UUID user = aUser();
        ledger.open(user);

        var refused = transactions.inTransaction(() -> {
            var first = ledger.post(List.of(spend(user, Wallet.TOKEN, 1)), T0);
            ledger.post(List.of(grant(user, Wallet.TOKEN, 4)), T0);
            return first;
        });

        assertThat(refused).isInstanceOf(Ledger.Refused.class);
        assertThat(ledger.balances(user).token()).isEqualTo(4);
        assertThat(ledger.entries(user, PageRequest.first(10))).extracting(e -> e.delta()).containsExactly(4L);
    }

    @Test
    void anEntryReadsBackAsItWasPostedToTheMicrosecond() {
        UUID user = aUser();
        ledger.open(user);
        Instant at = T0.plusNanos(123_456_000);

        var posted = ledger.post(List.of(grant(user, Wallet.TOKEN, 2)), at)
                .orElseThrow(refused -> new IllegalStateException("refused: " + refused));

        assertThat(ledger.entries(user, PageRequest.first(10))).isEqualTo(posted.entries());
        assertThat(ledger.entries(user, PageRequest.first(10)).get(0).at()).isEqualTo(at);
    }

    @Test
    void entriesComeNewestFirstAndPageBySequence() {
        UUID user = aUser();
        ledger.open(user);
        for (int i = 1; i <= 5; i++) {
            ledger.post(List.of(grant(user, Wallet.TOKEN, i)), T0.plusSeconds(i));
        }

        // A page of two asks for three rows: the page and the one that tells a next page exists.
        var first = ledger.entries(user, PageRequest.first(2));
        var rest = ledger.entries(user, new PageRequest<>(first.get(2).sequence(), 2));

        assertThat(first).extracting(e -> e.delta()).containsExactly(5L, 4L, 3L);
        assertThat(rest).extracting(e -> e.delta()).containsExactly(2L, 1L);
        assertThat(ledger.entries(aUser(), PageRequest.first(2))).isEmpty();
    }

    @Test
    void pagingThroughTheLedgerSeesEveryEntryOnceWhileMoreArePosted() {
        UUID user = aUser();
        ledger.open(user);
        List<UUID> there = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            var posted = ledger.post(List.of(grant(user, Wallet.TOKEN, i)), T0)
                    .orElseThrow(refused -> new IllegalStateException("refused: " + refused));
            there.add(posted.entries().get(0).id());
        }
        Runnable oneMore = () -> ledger.post(List.of(grant(user, Wallet.TOKEN, 1)), T0);

        var show = new ShowLedger(ledger);
        assertThat(PageWalk.of(cursor -> show.page(user, new ShowLedger.Query(2, cursor)), oneMore).seenAs(LedgerEntry::id))
                .containsAll(there);
    }

    @Test
    void aRolledBackUnitOfWorkLeavesNoTransfer() {
        UUID user = aUser();
        ledger.open(user);

        assertThatThrownBy(() -> transactions.run(() -> {
            ledger.post(List.of(grant(user, Wallet.TOKEN, 3)), T0);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(ledger.balances(user).token()).isZero();
        assertThat(ledger.entries(user, PageRequest.first(10))).isEmpty();
        assertThat(ledger.audit().healthy()).isTrue();
    }

    @Test
    void theAuditOfAHealthyLedgerFindsNothingAndTheSumIsZero() {
        UUID a = aUser();
        UUID b = aUser();
        ledger.open(a);
        ledger.open(b);
        ledger.post(List.of(grant(a, Wallet.TOKEN, 4), grant(b, Wallet.PROMOTIONAL_TOKEN, 2)), T0);
        ledger.post(List.of(spend(a, Wallet.TOKEN, 3)), T0);

        var audit = ledger.audit();

        assertThat(audit.healthy()).isTrue();
        assertThat(audit.globalSum()).isZero();
        assertThat(audit.accountsChecked()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aPlanDecidesItsTransfersFromTheBalancesItsAccountsHoldInsideAUnitOfWork() {
        UUID user = aUser();
        ledger.open(user);
        ledger.post(List.of(grant(user, Wallet.PROMOTIONAL_TOKEN, 2), grant(user, Wallet.TOKEN, 5)), T0);
        Map<UserAccount, Long> seen = new HashMap<>();
        var promotional = new UserAccount(user, Wallet.PROMOTIONAL_TOKEN);
        var paid = new UserAccount(user, Wallet.TOKEN);

        var posting = transactions.inTransaction(() -> ledger.post(new TransferPlan() {
            @Override
            public Set<UserAccount> accounts() {
                return Set.of(promotional, paid);
            }

            @Override
            public List<Transfer> transfers(Map<UserAccount, Long> balances) {
                seen.putAll(balances);
                return List.of(spend(user, Wallet.TOKEN, balances.get(promotional) + 1));
            }
        }, T0));

        assertThat(seen).isEqualTo(Map.of(promotional, 2L, paid, 5L));
        assertThat(posting).isInstanceOf(Ledger.Posted.class);
        assertThat(ledger.balances(user)).isEqualTo(new WalletBalance(2, 0, 2));
    }

    @Test
    void aBookingPlanSpendsPromotionalTokensFirstAndARefusingPlanWritesNothing() {
        UUID user = aUser();
        ledger.open(user);
        ledger.post(List.of(grant(user, Wallet.PROMOTIONAL_TOKEN, 1), grant(user, Wallet.TOKEN, 5)), T0);

        var posting = transactions.inTransaction(() -> ledger.post(new SpendPlan(user, 3, "slot:a"), T0));

        assertThat(posting).isInstanceOfSatisfying(Ledger.Posted.class,
                posted -> assertThat(BookingSpend.of(posted.entries())).isEqualTo(new BookingSpend(1, 2)));
        assertThat(ledger.balances(user)).isEqualTo(new WalletBalance(3, 0, 0));
        assertThatThrownBy(() -> transactions.inTransaction(() -> ledger.post(new SpendPlan(user, 4, "slot:b"), T0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(SpendPlan.INSUFFICIENT_TOKENS));
        assertThat(ledger.balances(user)).isEqualTo(new WalletBalance(3, 0, 0));
    }
}
