package in.mrmentor.token;

import in.mrmentor.config.FeatureFlag;
import in.mrmentor.config.FeatureFlags;
import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.port.GrantAudit;
import in.mrmentor.token.port.Ledger;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * An administrator adds tokens to one account of a user, or takes some away (a negative amount, a
 * correction). A correction never takes an account below zero: 409 {@code INSUFFICIENT_TOKENS}.
 */
public final class GrantTokens {

    /** The edge turns the account's API name into a {@link Wallet}; a negative amount is a correction. */
    public record Command(UUID userId, Wallet wallet, long amount, String reason) {
        public Command {
            Grant.check(new Validation(), userId, wallet, amount, reason).orThrow();
        }
    }

    /** What the grant did: the account and its balance afterwards. */
    public record Receipt(UUID grantId, UUID userId, Wallet wallet, long amount, long balanceAfter) {
    }

    private final Ledger ledger;
    private final GrantAudit audit;
    private final FeatureFlags flags;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public GrantTokens(Ledger ledger, GrantAudit audit, FeatureFlags flags, Transactions transactions, Clock clock,
                       Ids ids) {
        this.ledger = ledger;
        this.audit = audit;
        this.flags = flags;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** @param grantedBy the administrator (or the CLI's operator account) who asks */
    public Receipt grant(UUID grantedBy, Command command) {
        var grant = new Grant(ids.next(), command.userId(), command.wallet(), command.amount(), command.reason());
        return transactions.inTransaction(() -> {
            if (!ledger.isOpen(grant.userId())) {
                throw IdentityErrors.userIdNotFound();
            }
            var now = clock.instant();
            var entry = ledger.post(List.of(grant.transfer()), now)
                    .orElseThrow(refused -> TokenErrors.correctionBelowZero(grant.wallet(), refused.needed(),
                            refused.available()))
                    .entries().get(0);
            if (flags.isOn(FeatureFlag.GRANT_AUDIT)) {
                audit.record(grant, grantedBy, now);
            }
            return new Receipt(grant.id(), grant.userId(), grant.wallet(), grant.amount(), entry.balanceAfter());
        });
    }
}
