package in.mrmentor.persistence.token;

import in.mrmentor.persistence.Constraints;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.token.Account;
import in.mrmentor.token.LedgerAudit;
import in.mrmentor.token.LedgerEntry;
import in.mrmentor.token.MovementKind;
import in.mrmentor.token.Transfer;
import in.mrmentor.token.TransferPlan;
import in.mrmentor.token.UserAccount;
import in.mrmentor.token.Wallet;
import in.mrmentor.token.WalletBalance;
import in.mrmentor.token.port.Ledger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/**
 * The ledger in PostgreSQL: {@code token_transfers}, their two legs in {@code token_entries}, and the
 * {@code token_balances} projection, all written in one transaction. Postings lock the balance rows
 * they touch with {@code SELECT ... FOR UPDATE} in one global order (user id, then wallet name), so
 * concurrent postings over the same accounts queue instead of deadlocking, across any number of
 * processes. Whether a user account may go below zero ({@link Account#mayHold}) is PostgreSQL's to say here:
 * {@code token_entries_user_never_negative} refuses the leg that would take it there, and the posting
 * rolls back to its savepoint, so the caller's unit of work stays usable after a refusal.
 */
public final class JdbiLedger implements Ledger {
    private static final RowMapper<LedgerEntry> ENTRY = (rs, ctx) -> new LedgerEntry(
            rs.getObject("id", UUID.class),
            rs.getLong("seq"),
            Timestamps.instant(rs, "at"),
            Wallet.valueOf(rs.getString("wallet")),
            rs.getLong("delta"),
            rs.getLong("balance_after"),
            MovementKind.valueOf(rs.getString("kind")),
            rs.getString("reference"));

    private static final String NEVER_NEGATIVE = "token_entries_user_never_negative";
    private static final String POSTING = "ledger_posting";

    private final Jdbi jdbi;
    private final Ids ids;

    public JdbiLedger(Jdbi jdbi, Ids ids) {
        this.jdbi = jdbi;
        this.ids = ids;
    }

    @Override
    public void open(UUID userId) {
        jdbi.useHandle(h -> {
            for (Wallet wallet : Wallet.values()) {
                ensureRow(h, new UserAccount(userId, wallet));
            }
        });
    }

    @Override
    public boolean isOpen(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM token_balances WHERE user_id = :user")
                .bind("user", userId).mapTo(Long.class).one()) > 0;
    }

    @Override
    public WalletBalance balances(UUID userId) {
        return jdbi.withHandle(h -> read(h, userId, ""));
    }

    private static WalletBalance read(Handle h, UUID userId, String suffix) {
        Map<Wallet, Long> balances = new EnumMap<>(Wallet.class);
        h.createQuery("SELECT wallet, balance FROM token_balances WHERE user_id = :user" + suffix)
                .bind("user", userId)
                .map((rs, ctx) -> Map.entry(Wallet.valueOf(rs.getString("wallet")), rs.getLong("balance")))
                .forEach(entry -> balances.put(entry.getKey(), entry.getValue()));
        return WalletBalance.of(balances);
    }

    @Override
    public Posting post(TransferPlan plan, Instant at) {
        return jdbi.inTransaction(h -> {
            Map<UserAccount, Long> balances = lockInOrder(h, plan.accounts());
            List<Transfer> transfers = plan.transfers(Map.copyOf(balances));
            requireLocked(transfers, balances);
            List<PendingLeg> legs = new ArrayList<>();
            for (Transfer transfer : transfers) {
                UUID transferId = ids.next();
                leg(transfer.from(), -transfer.amount(), transferId, transfer, balances, legs);
                leg(transfer.to(), transfer.amount(), transferId, transfer, balances, legs);
            }
            // Only the balances that moved are written; a locked account the plan left alone keeps its row as it was.
            Map<UserAccount, Long> moved = new HashMap<>();
            for (PendingLeg leg : legs) {
                if (leg.account() instanceof UserAccount user) {
                    moved.put(user, balances.get(user));
                }
            }
            return write(h, legs, moved, at);
        });
    }

    /**
     * The posting's one lock pass: every user account of the plan locked by one statement, in user id
     * then wallet name order (the same for every posting, so two never deadlock; {@code FOR UPDATE}
     * above the sort locks the rows in that order), with its balance read under the lock. An account
     * without its balance row yet gets one, and the pass runs again.
     */
    private static Map<UserAccount, Long> lockInOrder(Handle h, Set<UserAccount> accounts) {
        if (accounts.isEmpty()) {
            return new HashMap<>();
        }
        Map<UserAccount, Long> balances = lock(h, accounts);
        if (balances.size() < accounts.size()) {
            Map<String, UserAccount> ordered = new TreeMap<>();
            for (UserAccount user : accounts) {
                ordered.put(user.userId() + "/" + user.wallet().name(), user);
            }
            for (UserAccount account : ordered.values()) {
                if (!balances.containsKey(account)) {
                    ensureRow(h, account);
                }
            }
            balances = lock(h, accounts);
        }
        return balances;
    }

    private static Map<UserAccount, Long> lock(Handle h, Set<UserAccount> accounts) {
        StringBuilder sql = new StringBuilder("SELECT user_id, wallet, balance FROM token_balances WHERE (user_id, wallet) IN (");
        int i = 0;
        for (UserAccount ignored : accounts) {
            sql.append(i == 0 ? "" : ", ").append("(CAST(:u").append(i).append(" AS uuid), CAST(:w").append(i)
                    .append(" AS varchar))");
            i++;
        }
        sql.append(") ORDER BY user_id, wallet COLLATE \"C\" FOR UPDATE");
        var query = h.createQuery(sql.toString());
        i = 0;
        for (UserAccount account : accounts) {
            query.bind("u" + i, account.userId()).bind("w" + i, account.wallet().name());
            i++;
        }
        Map<UserAccount, Long> balances = new HashMap<>();
        query.map((rs, ctx) -> Map.entry(new UserAccount(rs.getObject("user_id", UUID.class),
                        Wallet.valueOf(rs.getString("wallet"))), rs.getLong("balance")))
                .forEach(e -> balances.put(e.getKey(), e.getValue()));
        return balances;
    }

    /** A plan that touches an account it did not name would write a balance nobody locked: a bug. */
    private static void requireLocked(List<Transfer> transfers, Map<UserAccount, Long> balances) {
        for (Transfer transfer : transfers) {
            for (Account account : List.of(transfer.from(), transfer.to())) {
                if (account instanceof UserAccount user && !balances.containsKey(user)) {
                    throw new IllegalStateException("the plan touches " + user.ledgerName() + " without locking it");
                }
            }
        }
    }

    private record PendingLeg(UUID transferId, Transfer transfer, Account account, long delta, Long balanceAfter) {
    }

    private static void leg(Account account, long delta, UUID transferId, Transfer transfer,
                            Map<UserAccount, Long> balances, List<PendingLeg> legs) {
        Long after = null;
        if (account instanceof UserAccount user) {
            after = balances.get(user) + delta;
            balances.put(user, after);
        }
        legs.add(new PendingLeg(transferId, transfer, account, delta, after));
    }

    /**
     * Writes every transfer, every leg and every moved balance in one statement (the entries and
     * transfers as multi-row inserts, the balances as one {@code UPDATE ... FROM VALUES}, joined as
     * data-modifying CTEs), or, when PostgreSQL refuses a leg, nothing. The balances were read under
     * the lock, so the legs' balances are exact: only when one would go below what its account may
     * hold does the statement run inside its own savepoint, for PostgreSQL to refuse it and the
     * posting to roll back to the savepoint, leaving the caller's unit of work usable.
     */
    private Posting write(Handle h, List<PendingLeg> legs, Map<UserAccount, Long> balances, Instant at) {
        if (legs.isEmpty()) {
            return new Posted(List.of());
        }
        PendingLeg refusable = legs.stream()
                .filter(leg -> leg.account() instanceof UserAccount user && !user.mayHold(leg.balanceAfter()))
                .findFirst().orElse(null);
        StringBuilder sql = new StringBuilder("WITH transfers AS (INSERT INTO token_transfers (id, at, kind, reference, "
                + "from_account, to_account, amount) VALUES ");
        Map<String, Object> binds = new HashMap<>();
        List<UUID> entryIds = new ArrayList<>();
        UUID lastTransfer = null;
        int t = 0;
        for (PendingLeg leg : legs) {
            if (!leg.transferId().equals(lastTransfer)) {
                Transfer transfer = leg.transfer();
                sql.append(t == 0 ? "" : ", ").append("(:t").append(t).append(", :at, :tk").append(t).append(", :tr")
                        .append(t).append(", :tf").append(t).append(", :tt").append(t).append(", :ta").append(t).append(")");
                binds.put("t" + t, leg.transferId());
                binds.put("tk" + t, transfer.kind().name());
                binds.put("tr" + t, transfer.reference());
                binds.put("tf" + t, transfer.from().ledgerName());
                binds.put("tt" + t, transfer.to().ledgerName());
                binds.put("ta" + t, transfer.amount());
                lastTransfer = leg.transferId();
                t++;
            }
        }
        sql.append("), entries AS (INSERT INTO token_entries (id, transfer_id, account, user_id, wallet, delta, "
                + "balance_after, at, kind, reference) VALUES ");
        List<Object[]> nullable = new ArrayList<>();
        for (int e = 0; e < legs.size(); e++) {
            PendingLeg leg = legs.get(e);
            UserAccount user = leg.account() instanceof UserAccount u ? u : null;
            UUID entryId = ids.next();
            entryIds.add(entryId);
            sql.append(e == 0 ? "" : ", ").append("(:e").append(e).append(", :et").append(e).append(", :ea").append(e)
                    .append(", CAST(:eu").append(e).append(" AS uuid), CAST(:ew").append(e).append(" AS varchar), :ed")
                    .append(e).append(", CAST(:eb").append(e).append(" AS bigint), :at, :ek").append(e).append(", :er")
                    .append(e).append(")");
            binds.put("e" + e, entryId);
            binds.put("et" + e, leg.transferId());
            binds.put("ea" + e, leg.account().ledgerName());
            nullable.add(new Object[]{"eu" + e, user == null ? null : user.userId(), UUID.class});
            nullable.add(new Object[]{"ew" + e, user == null ? null : user.wallet().name(), String.class});
            nullable.add(new Object[]{"eb" + e, leg.balanceAfter(), Long.class});
            binds.put("ed" + e, leg.delta());
            binds.put("ek" + e, leg.transfer().kind().name());
            binds.put("er" + e, leg.transfer().reference());
        }
        sql.append(" RETURNING id, seq)");
        if (!balances.isEmpty()) {
            sql.append(", balances AS (UPDATE token_balances b SET balance = v.balance, updated_at = :at FROM (VALUES ");
            int b = 0;
            for (var entry : balances.entrySet()) {
                sql.append(b == 0 ? "" : ", ").append("(CAST(:bu").append(b).append(" AS uuid), CAST(:bw").append(b)
                        .append(" AS varchar), CAST(:bb").append(b).append(" AS bigint))");
                binds.put("bu" + b, entry.getKey().userId());
                binds.put("bw" + b, entry.getKey().wallet().name());
                binds.put("bb" + b, entry.getValue());
                b++;
            }
            sql.append(") AS v (user_id, wallet, balance) WHERE b.user_id = v.user_id AND b.wallet = v.wallet)");
        }
        sql.append(" SELECT id, seq FROM entries");
        var query = h.createQuery(sql.toString()).bind("at", utc(at));
        binds.forEach(query::bind);
        for (Object[] n : nullable) {
            query.bindByType((String) n[0], n[1], (Class<?>) n[2]);
        }
        Map<UUID, Long> seqs = new HashMap<>();
        if (refusable != null) {
            h.savepoint(POSTING);
        }
        try {
            query.map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), rs.getLong("seq")))
                    .forEach(e -> seqs.put(e.getKey(), e.getValue()));
        } catch (StatementException e) {
            if (refusable != null && Constraints.isViolated(e, NEVER_NEGATIVE)) {
                h.rollbackToSavepoint(POSTING);
                return new Refused((UserAccount) refusable.account(), -refusable.delta(),
                        refusable.balanceAfter() - refusable.delta());
            }
            throw e;
        }
        if (refusable != null) {
            h.release(POSTING);
        }
        List<LedgerEntry> userEntries = new ArrayList<>();
        for (int e = 0; e < legs.size(); e++) {
            PendingLeg leg = legs.get(e);
            if (leg.account() instanceof UserAccount user) {
                UUID id = entryIds.get(e);
                userEntries.add(new LedgerEntry(id, seqs.get(id), at, user.wallet(), leg.delta(), leg.balanceAfter(),
                        leg.transfer().kind(), leg.transfer().reference()));
            }
        }
        return new Posted(userEntries);
    }

    private static void ensureRow(Handle h, UserAccount account) {
        h.createUpdate("INSERT INTO token_balances (user_id, wallet, balance) VALUES (:user, :wallet, 0) "
                        + "ON CONFLICT DO NOTHING")
                .bind("user", account.userId()).bind("wallet", account.wallet().name())
                .execute();
    }

    @Override
    public List<LedgerEntry> entries(UUID userId, PageRequest<Long> page) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, seq, at, wallet, delta, balance_after, kind, reference "
                        + "FROM token_entries WHERE user_id = :user "
                        + "AND (CAST(:before AS bigint) IS NULL OR seq < :before) ORDER BY seq DESC LIMIT :fetch")
                .bind("user", userId)
                .bindByType("before", page.after(), Long.class)
                .bind("fetch", page.fetch())
                .map(ENTRY).list());
    }

    @Override
    public LedgerAudit audit() {
        return jdbi.inTransaction(h -> {
            // One snapshot for every query of the audit, so concurrent postings cannot show as mismatches.
            h.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            long accounts = h.createQuery("SELECT count(*) FROM token_balances").mapTo(Long.class).one();
            long globalSum = h.createQuery("SELECT COALESCE(SUM(delta), 0) FROM token_entries").mapTo(Long.class).one();
            var mismatches = h.createQuery("SELECT COALESCE(b.user_id, e.user_id) AS user_id, "
                            + "COALESCE(b.wallet, e.wallet) AS wallet, COALESCE(b.balance, 0) AS stored, "
                            + "COALESCE(e.total, 0) AS from_ledger "
                            + "FROM token_balances b FULL JOIN (SELECT user_id, wallet, SUM(delta) AS total "
                            + "  FROM token_entries WHERE user_id IS NOT NULL GROUP BY user_id, wallet) e "
                            + "ON b.user_id = e.user_id AND b.wallet = e.wallet "
                            + "WHERE COALESCE(b.balance, 0) <> COALESCE(e.total, 0) ORDER BY 1, 2")
                    .map((rs, ctx) -> new LedgerAudit.Mismatch(
                            new UserAccount(rs.getObject("user_id", UUID.class), Wallet.valueOf(rs.getString("wallet")))
                                    .ledgerName(),
                            rs.getLong("stored"), rs.getLong("from_ledger")))
                    .list();
            var unbalanced = h.createQuery("SELECT t.id FROM token_transfers t LEFT JOIN token_entries e "
                            + "ON e.transfer_id = t.id GROUP BY t.id, t.amount "
                            + "HAVING count(e.id) <> 2 OR COALESCE(SUM(e.delta), 0) <> 0 "
                            + "OR COALESCE(SUM(abs(e.delta)), 0) <> 2 * t.amount ORDER BY t.id LIMIT 1000")
                    .mapTo(UUID.class).map(UUID::toString).list();
            return new LedgerAudit(accounts, globalSum, mismatches, unbalanced);
        });
    }
}
