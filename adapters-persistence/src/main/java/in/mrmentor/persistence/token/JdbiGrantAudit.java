package in.mrmentor.persistence.token;

import in.mrmentor.token.Grant;
import in.mrmentor.token.port.GrantAudit;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiGrantAudit implements GrantAudit {
    private final Jdbi jdbi;

    public JdbiGrantAudit(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(Grant grant, UUID grantedBy, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO token_grant_audit (grant_id, granted_by, user_id, wallet, "
                        + "amount, reason, at) VALUES (:id, :by, :user, :wallet, :amount, :reason, :at)")
                .bind("id", grant.id()).bind("by", grantedBy).bind("user", grant.userId())
                .bind("wallet", grant.wallet().name()).bind("amount", grant.amount()).bind("reason", grant.reason())
                .bind("at", utc(at))
                .execute());
    }
}
