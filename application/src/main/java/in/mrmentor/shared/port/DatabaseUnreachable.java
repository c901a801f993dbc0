package in.mrmentor.shared.port;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached right now (it restarts, the network is
 * gone, the pool waited in vain for a connection) from every other failure. Such a failure says
 * nothing about the request: the edge answers "try again shortly" (HTTP 503 with
 * {@code Retry-After}), never "your token is bad" and never "we have a bug". Decided here once, on
 * the JDK's own exception types, so no edge needs to know the database's driver.
 */
public final class DatabaseUnreachable {
    /** How long a client should wait before retrying; a restarted PostgreSQL is back within seconds. */
    public static final long RETRY_AFTER_SECONDS = 5;

    /** SQL state class 08 (connection exception) and the server going away: 57P01..57P03. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnreachable() {
    }

    /** True when {@code failure}, or anything that caused it, is the database being out of reach. */
    public static boolean causes(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                // The pool's "connection is not available, request timed out": nobody answered in time.
                return true;
            }
            if (cause instanceof SQLException sql && isUnreachableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnreachableState(String state) {
        return state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(state));
    }
}
