package in.mrmentor.token.port;

import in.mrmentor.token.Grant;
import in.mrmentor.token.Wallet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link GrantAudit} must do. */
public abstract class GrantAuditContract {
    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    /** One line of the audit as the store keeps it. */
    public record Line(Grant grant, UUID grantedBy, Instant at) {
    }

    protected GrantAudit audit;

    protected abstract GrantAudit newAudit();

    /** Every line the store holds, in any order (the port has no reader; each adapter reads its own store). */
    protected abstract List<Line> lines();

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    @BeforeEach
    void freshAudit() {
        audit = newAudit();
    }

    @Test
    void aRecordedGrantKeepsWhoGrantedWhatToWhomWhenAndWhy() {
        UUID admin = aUser();
        var grant = new Grant(UUID.randomUUID(), aUser(), Wallet.PROMOTIONAL_TOKEN, 3, "welcome bonus");

        audit.record(grant, admin, T0);

        assertThat(lines()).containsExactly(new Line(grant, admin, T0));
    }

    @Test
    void aCorrectionIsRecordedWithItsNegativeAmount() {
        UUID admin = aUser();
        UUID user = aUser();
        var grant = new Grant(UUID.randomUUID(), user, Wallet.TOKEN, 10, "refund of a failed call");
        var correction = new Grant(UUID.randomUUID(), user, Wallet.TOKEN, -4, "over-granted by mistake");

        audit.record(grant, admin, T0);
        audit.record(correction, admin, T0.plusSeconds(60));

        assertThat(lines()).containsExactlyInAnyOrder(new Line(grant, admin, T0),
                new Line(correction, admin, T0.plusSeconds(60)));
    }
}
