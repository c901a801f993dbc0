package in.mrmentor.token.port.memory;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.token.Account;
import in.mrmentor.token.LedgerAudit;
import in.mrmentor.token.LedgerEntry;
import in.mrmentor.token.Transfer;
import in.mrmentor.token.TransferPlan;
import in.mrmentor.token.UserAccount;
import in.mrmentor.token.Wallet;
import in.mrmentor.token.WalletBalance;
import in.mrmentor.token.port.Ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The ledger in memory: every leg of every transfer, and the balance projection beside them. */
public final class InMemoryLedger implements Ledger, InMemoryTransactions.Participant {

    /** One leg, as PostgreSQL's {@code token_entries} keeps it. */
    private record Leg(UUID transferId, String account, UUID userId, long delta, LedgerEntry userEntry, long amount) {
    }

    private final Map<UserAccount, Long> balances = new LinkedHashMap<>();
    private final List<Leg> legs = new ArrayList<>();
    private long sequence;

    @Override
    public synchronized void open(UUID userId) {
        for (Wallet wallet : Wallet.values()) {
            balances.putIfAbsent(new UserAccount(userId, wallet), 0L);
        }
    }

    @Override
    public synchronized boolean isOpen(UUID userId) {
        return balances.containsKey(new UserAccount(userId, Wallet.TOKEN));
    }

    @Override
    public synchronized WalletBalance balances(UUID userId) {
        Map<Wallet, Long> held = new HashMap<>();
        for (Wallet wallet : Wallet.values()) {
            held.put(wallet, balances.getOrDefault(new UserAccount(userId, wallet), 0L));
        }
        return WalletBalance.of(held);
    }

    /** The in-memory transactions already run one unit of work at a time, so reading is locking. */
    @Override
    public synchronized Posting post(TransferPlan plan, Instant at) {
        Map<UserAccount, Long> after = new HashMap<>();
        for (UserAccount user : plan.accounts()) {
            after.put(user, balances.getOrDefault(user, 0L));
        }
        List<Transfer> transfers = plan.transfers(Map.copyOf(after));
        for (Transfer transfer : transfers) {
            for (Account account : List.of(transfer.from(), transfer.to())) {
                if (account instanceof UserAccount user && !after.containsKey(user)) {
                    throw new IllegalStateException("the plan touches " + user.ledgerName() + " without locking it");
                }
            }
        }
        List<Leg> written = new ArrayList<>();
        long next = sequence;
        for (Transfer transfer : transfers) {
            UUID transferId = UUID.randomUUID();
            for (var side : List.of(Map.entry(transfer.from(), -transfer.amount()), Map.entry(transfer.to(), transfer.amount()))) {
                LedgerEntry entry = null;
                UUID owner = null;
                if (side.getKey() instanceof UserAccount user) {
                    owner = user.userId();
                    long before = after.get(user);
                    long balance = before + side.getValue();
                    if (!user.mayHold(balance)) {
                        return new Refused(user, -side.getValue(), before);
                    }
                    after.put(user, balance);
                    entry = new LedgerEntry(UUID.randomUUID(), ++next, at, user.wallet(), side.getValue(), balance,
                            transfer.kind(), transfer.reference());
                } else {
                    ++next;
                }
                written.add(new Leg(transferId, side.getKey().ledgerName(), owner, side.getValue(), entry, transfer.amount()));
            }
        }
        sequence = next;
        legs.addAll(written);
        balances.putAll(after);
        return new Posted(written.stream().map(Leg::userEntry).filter(Objects::nonNull).toList());
    }

    @Override
    public synchronized List<LedgerEntry> entries(UUID userId, PageRequest<Long> page) {
        Long beforeSequence = page.after();
        return legs.stream()
                .filter(leg -> userId.equals(leg.userId()))
                .map(Leg::userEntry)
                .filter(entry -> beforeSequence == null || entry.sequence() < beforeSequence)
                .sorted(Comparator.comparingLong(LedgerEntry::sequence).reversed())
                .limit(page.fetch())
                .toList();
    }

    @Override
    public synchronized LedgerAudit audit() {
        Map<String, Long> fromLedger = new HashMap<>();
        Map<UUID, long[]> perTransfer = new LinkedHashMap<>();
        long globalSum = 0;
        for (Leg leg : legs) {
            globalSum += leg.delta();
            if (leg.account().startsWith("user:")) {
                fromLedger.merge(leg.account(), leg.delta(), Long::sum);
            }
            long[] sums = perTransfer.computeIfAbsent(leg.transferId(), id -> new long[3]);
            sums[0] += leg.delta();
            sums[1] += Math.abs(leg.delta()) - leg.amount();
            sums[2]++;
        }
        List<LedgerAudit.Mismatch> mismatches = new ArrayList<>();
        balances.forEach((account, stored) -> {
            long expected = fromLedger.getOrDefault(account.ledgerName(), 0L);
            if (stored != expected) {
                mismatches.add(new LedgerAudit.Mismatch(account.ledgerName(), stored, expected));
            }
        });
        List<String> unbalanced = perTransfer.entrySet().stream()
                .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0 || e.getValue()[2] != 2)
                .map(e -> e.getKey().toString()).toList();
        return new LedgerAudit(balances.size(), globalSum, mismatches, unbalanced);
    }

    /** Test hook: overwrite a stored balance without a ledger entry, as a bad SQL update would. */
    public synchronized void tamper(UserAccount account, long balance) {
        balances.put(account, balance);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UserAccount, Long> balancesCopy = new LinkedHashMap<>(balances);
        int legCount = legs.size();
        long sequenceCopy = sequence;
        return () -> {
            synchronized (this) {
                balances.clear();
                balances.putAll(balancesCopy);
                legs.subList(legCount, legs.size()).clear();
                sequence = sequenceCopy;
            }
        };
    }
}
