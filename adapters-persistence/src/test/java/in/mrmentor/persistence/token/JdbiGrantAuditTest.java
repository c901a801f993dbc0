package in.mrmentor.persistence.token;

import in.mrmentor.persistence.Timestamps;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.token.Grant;
import in.mrmentor.token.Wallet;
import in.mrmentor.token.port.GrantAudit;
import in.mrmentor.token.port.GrantAuditContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.UUID;

class JdbiGrantAuditTest extends GrantAuditContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected GrantAudit newAudit() {
        return new JdbiGrantAudit(database.jdbi());
    }

    @Override
    protected List<Line> lines() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT grant_id, granted_by, user_id, wallet, amount, "
                        + "reason, at FROM token_grant_audit")
                .map((rs, ctx) -> new Line(
                        new Grant(rs.getObject("grant_id", UUID.class), rs.getObject("user_id", UUID.class),
                                Wallet.valueOf(rs.getString("wallet")), rs.getLong("amount"), rs.getString("reason")),
                        rs.getObject("granted_by", UUID.class),
                        Timestamps.instant(rs, "at")))
                .list());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }
}
