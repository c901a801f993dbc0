package in.mrmentor.identity.port;

import in.mrmentor.identity.LoginEvent;
import in.mrmentor.identity.LoginLog;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static in.mrmentor.identity.IdentityTestData.T0;
import static in.mrmentor.identity.IdentityTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link LoginLogs} must do. Rows may name a user, so the store comes with its {@link Users}. */
public abstract class LoginLogsContract {
    protected LoginLogs logs;
    protected Users users;
    protected Transactions transactions;

    protected abstract LoginLogs newLogs();

    protected abstract Users usersOf();

    protected abstract Transactions transactionsOf();

    @BeforeEach
    void freshStore() {
        logs = newLogs();
        users = usersOf();
        transactions = transactionsOf();
    }

    private static LoginLog log(UUID userId, String email, LoginEvent event, long secondsAfterT0) {
        return new LoginLog(UUID.randomUUID(), userId, email, event, T0.plusSeconds(secondsAfterT0));
    }

    @Test
    void rowsOfAnAddressComeNewestFirst() {
        var user = aUser().withEmail("asha@example.in").build();
        users.add(user);
        var signup = log(user.id(), "asha@example.in", LoginEvent.SIGNUP, 0);
        var failed = log(null, "asha@example.in", LoginEvent.LOGIN_FAILED, 10);
        var login = log(user.id(), "asha@example.in", LoginEvent.LOGIN, 20);
        logs.record(signup);
        logs.record(login);
        logs.record(failed);
        logs.record(log(null, "other@example.in", LoginEvent.LOGIN_FAILED, 30));

        assertThat(logs.newestFor("asha@example.in", 10)).containsExactly(login, failed, signup);
        assertThat(logs.newestFor("asha@example.in", 1)).containsExactly(login);
    }

    @Test
    void rowsOfTheSameInstantComeLatestRecordedFirst() {
        var first = log(null, "a@x.in", LoginEvent.LOGIN_FAILED, 0);
        var second = log(null, "a@x.in", LoginEvent.LOGIN_THROTTLED, 0);
        logs.record(first);
        logs.record(second);

        assertThat(logs.newestFor("a@x.in", 10)).containsExactly(second, first);
    }

    @Test
    void aFailedUnitOfWorkLogsNothing() {
        assertThatThrownBy(() -> transactions.run(() -> {
            logs.record(log(null, "a@x.in", LoginEvent.LOGIN_FAILED, 0));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(logs.newestFor("a@x.in", 10)).isEmpty();
    }
}
