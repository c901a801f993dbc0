package in.mrmentor.identity.port;

import in.mrmentor.identity.LoginLog;

import java.util.List;

/** The sign-in audit trail ({@code login_logs}): append-only. */
public interface LoginLogs {

    void record(LoginLog log);

    /** The latest rows for an address, newest first (ties in time: latest recorded first). */
    List<LoginLog> newestFor(String email, int limit);
}
