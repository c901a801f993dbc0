package in.mrmentor.identity;

import in.mrmentor.identity.port.LoginLogs;
import in.mrmentor.shared.port.Ids;

import java.time.Clock;
import java.util.UUID;

/** Appends one row to the login audit, so each sign-in use case says only what happened. Shared by them, built once. */
public final class LoginLogWriter {
    private final LoginLogs logs;
    private final Ids ids;
    private final Clock clock;

    public LoginLogWriter(LoginLogs logs, Ids ids, Clock clock) {
        this.logs = logs;
        this.ids = ids;
        this.clock = clock;
    }

    void write(UUID userId, String email, LoginEvent event) {
        logs.record(new LoginLog(ids.next(), userId, email, event, clock.instant()));
    }

    void write(User user, LoginEvent event) {
        write(user.id(), user.email().value(), event);
    }
}
