package in.mrmentor.persistence;

import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;

import java.sql.SQLException;
import java.util.function.Function;

/**
 * How a failed statement describes itself in its exception message, which is what reaches the log
 * (the HTTP 500 handler, a job's last error): the driver's message, the SQL as written (with its
 * placeholders) and the SQL state. Jdbi's default rendering appended every bound argument, so a
 * failed {@code INSERT INTO users} logged the password hash; no argument value is ever rendered here.
 */
final class StatementWithoutArguments implements Function<StatementException, String> {
    private static final int MAX_SQL_CHARS = 500;

    @Override
    public String apply(StatementException failure) {
        StringBuilder message = new StringBuilder(String.valueOf(failure.getShortMessage()));
        StatementContext context = failure.getStatementContext();
        String sql = context == null ? null : context.getRenderedSql() != null ? context.getRenderedSql() : context.getRawSql();
        if (sql != null) {
            String shown = sql.length() <= MAX_SQL_CHARS ? sql : sql.substring(0, MAX_SQL_CHARS) + "...";
            message.append(" [statement:\"").append(shown.strip()).append('"');
        } else {
            message.append(" [statement unknown");
        }
        String state = sqlState(failure);
        if (state != null) {
            message.append(", SQL state ").append(state);
        }
        return message.append(']').toString();
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
