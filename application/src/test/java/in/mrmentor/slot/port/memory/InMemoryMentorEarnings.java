package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.EarningKind;
import in.mrmentor.slot.EarningTransaction;
import in.mrmentor.slot.Withdrawal;
import in.mrmentor.slot.port.MentorEarnings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Mentor earnings in memory, with the same once-per-reference rule as the database's unique key. */
public final class InMemoryMentorEarnings implements MentorEarnings, InMemoryTransactions.Participant {
    private final List<EarningTransaction> transactions = new ArrayList<>();
    private final Map<UUID, Long> balances = new HashMap<>();
    private final Map<UUID, Withdrawal> withdrawals = new LinkedHashMap<>();
    private final Ids ids = Ids.random();

    @Override
    public long lockBalance(UUID mentorId) {
        return balance(mentorId);
    }

    @Override
    public synchronized long balance(UUID mentorId) {
        return balances.getOrDefault(mentorId, 0L);
    }

    @Override
    public synchronized Optional<EarningTransaction> post(UUID mentorId, EarningKind kind, long amountPaise,
                                                          String reference, Instant at) {
        if (transactions.stream().anyMatch(t -> t.kind() == kind && t.reference().equals(reference))) {
            return Optional.empty();
        }
        long after = balance(mentorId) + amountPaise;
        if (after < 0) {
            throw new IllegalStateException("an earnings balance never goes below zero");
        }
        var transaction = new EarningTransaction(ids.next(), mentorId, kind, amountPaise, after, reference, at);
        transactions.add(transaction);
        balances.put(mentorId, after);
        return Optional.of(transaction);
    }

    @Override
    public synchronized List<EarningTransaction> transactions(UUID mentorId, int limit) {
        List<EarningTransaction> mine = new ArrayList<>(transactions.stream()
                .filter(t -> t.mentorId().equals(mentorId)).toList());
        java.util.Collections.reverse(mine);
        return mine.stream().limit(limit).toList();
    }

    @Override
    public synchronized void addWithdrawal(Withdrawal withdrawal) {
        withdrawals.put(withdrawal.id(), withdrawal);
    }

    @Override
    public synchronized Optional<Withdrawal> lockWithdrawal(UUID id) {
        return Optional.ofNullable(withdrawals.get(id));
    }

    @Override
    public synchronized void updateWithdrawal(Withdrawal withdrawal) {
        withdrawals.replace(withdrawal.id(), withdrawal);
    }

    @Override
    public synchronized long heldByWithdrawals(UUID mentorId) {
        return withdrawals.values().stream()
                .filter(w -> w.mentorId().equals(mentorId) && w.status().holdsBalance())
                .mapToLong(Withdrawal::amountPaise).sum();
    }

    @Override
    public synchronized List<Withdrawal> withdrawalsInStatus(in.mrmentor.slot.WithdrawalStatus status,
                                                             PageRequest<TimeKey> page) {
        var inStatus = withdrawals.values().stream().filter(w -> status == null || w.status() == status).toList();
        return page.take(inStatus, w -> new TimeKey(w.createdAt(), w.id()), TimeKey.OLDEST_FIRST);
    }

    @Override
    public synchronized List<Withdrawal> withdrawals(UUID mentorId, int limit) {
        return withdrawals.values().stream().filter(w -> w.mentorId().equals(mentorId))
                .sorted(Comparator.comparing(Withdrawal::createdAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        var transactionsCopy = new ArrayList<>(transactions);
        var balancesCopy = new HashMap<>(balances);
        var withdrawalsCopy = new LinkedHashMap<>(withdrawals);
        return () -> {
            synchronized (this) {
                transactions.clear();
                transactions.addAll(transactionsCopy);
                balances.clear();
                balances.putAll(balancesCopy);
                withdrawals.clear();
                withdrawals.putAll(withdrawalsCopy);
            }
        };
    }
}
