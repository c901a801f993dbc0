package in.mrmentor.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * Counts the statements every thread sends, by replacing the PostgreSQL driver in
 * {@link DriverManager} with a wrapper whose connections count each {@code execute...} call (a
 * batch counts once per row it carries), each savepoint round trip and rollback, and each {@code commit()}. The server runs in this JVM, so
 * its pool gets counted connections too. Counts are kept per thread group (the thread name without
 * its trailing number), so the request threads, the email workers and the JDBC baseline's clients
 * are told apart; and per statement text, to show what a booking runs.
 */
final class CountingJdbc implements Driver {
    /** Statements per thread group. */
    private static final Map<String, LongAdder> STATEMENTS = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> COMMITS = new ConcurrentHashMap<>();
    /** Per thread group, per statement text. */
    private static final Map<String, Map<String, LongAdder>> TEXTS = new ConcurrentHashMap<>();

    private final Driver delegate;

    private CountingJdbc(Driver delegate) {
        this.delegate = delegate;
    }

    /** Puts the counting wrapper in front of every registered driver. Call before any connection is made. */
    static void install() throws SQLException {
        List<Driver> drivers = Collections.list(DriverManager.getDrivers());
        for (Driver driver : drivers) {
            if (driver instanceof CountingJdbc) {
                continue;
            }
            DriverManager.deregisterDriver(driver);
            DriverManager.registerDriver(new CountingJdbc(driver));
        }
    }

    /** A thread's group: its name without trailing digits and separators. */
    static String group(String threadName) {
        int end = threadName.length();
        while (end > 0 && (Character.isDigit(threadName.charAt(end - 1)) || threadName.charAt(end - 1) == '-'
                || threadName.charAt(end - 1) == '_')) {
            end--;
        }
        return end == 0 ? threadName : threadName.substring(0, end);
    }

    /** A copy of the counters, to subtract from a later one. */
    record Snapshot(Map<String, Long> statements, Map<String, Long> commits, Map<String, Map<String, Long>> texts) {
        long statements(String group) {
            return statements.getOrDefault(group, 0L);
        }

        long commits(String group) {
            return commits.getOrDefault(group, 0L);
        }

        Snapshot minus(Snapshot earlier) {
            Map<String, Map<String, Long>> t = new HashMap<>();
            texts.forEach((g, m) -> {
                Map<String, Long> d = new HashMap<>();
                Map<String, Long> before = earlier.texts.getOrDefault(g, Map.of());
                m.forEach((sql, n) -> {
                    long delta = n - before.getOrDefault(sql, 0L);
                    if (delta != 0) {
                        d.put(sql, delta);
                    }
                });
                t.put(g, d);
            });
            return new Snapshot(delta(statements, earlier.statements), delta(commits, earlier.commits), t);
        }

        private static Map<String, Long> delta(Map<String, Long> now, Map<String, Long> before) {
            Map<String, Long> d = new HashMap<>();
            now.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0L)));
            return d;
        }

        /** The statement texts of one group, most frequent first. */
        List<Map.Entry<String, Long>> texts(String group) {
            var list = new ArrayList<>(texts.getOrDefault(group, Map.of()).entrySet());
            list.sort(Map.Entry.<String, Long>comparingByValue().reversed());
            return list;
        }
    }

    static Snapshot snapshot() {
        Map<String, Map<String, Long>> texts = new HashMap<>();
        TEXTS.forEach((g, m) -> {
            Map<String, Long> copy = new HashMap<>();
            m.forEach((sql, n) -> copy.put(sql, n.sum()));
            texts.put(g, copy);
        });
        return new Snapshot(copy(STATEMENTS), copy(COMMITS), texts);
    }

    private static Map<String, Long> copy(Map<String, LongAdder> counters) {
        Map<String, Long> copy = new HashMap<>();
        counters.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    private static void count(String sql, long statements) {
        String group = group(Thread.currentThread().getName());
        STATEMENTS.computeIfAbsent(group, g -> new LongAdder()).add(statements);
        String text = sql == null ? "(unknown)" : sql.length() > 160 ? sql.substring(0, 160) + "..." : sql;
        TEXTS.computeIfAbsent(group, g -> new ConcurrentHashMap<>()).computeIfAbsent(text, s -> new LongAdder())
                .add(statements);
    }

    private static void commit() {
        COMMITS.computeIfAbsent(group(Thread.currentThread().getName()), g -> new LongAdder()).increment();
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = delegate.connect(url, info);
        return connection == null ? null : wrap(connection);
    }

    private static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(CountingJdbc.class.getClassLoader(), new Class<?>[]{Connection.class},
                new ConnectionHandler(connection));
    }

    private record ConnectionHandler(Connection target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(target, method, args);
            switch (method.getName()) {
                case "commit" -> commit();
                // Round trips that are not statements of the caller's: counted, so nothing hides there.
                case "setSavepoint" -> count("SAVEPOINT", 1);
                case "releaseSavepoint" -> count("RELEASE SAVEPOINT", 1);
                case "rollback" -> count(args == null ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT", 1);
                case "getTransactionIsolation" -> count("SHOW TRANSACTION ISOLATION LEVEL", 1);
                case "setTransactionIsolation" -> count("SET TRANSACTION ISOLATION LEVEL", 1);
                case "createStatement" -> result = statement(Statement.class, (Statement) result, null);
                case "prepareStatement" -> result = statement(PreparedStatement.class, (Statement) result, (String) args[0]);
                case "prepareCall" -> result = statement(CallableStatement.class, (Statement) result, (String) args[0]);
                default -> {
                }
            }
            return result;
        }
    }

    private static Object statement(Class<?> type, Statement target, String sql) {
        return Proxy.newProxyInstance(CountingJdbc.class.getClassLoader(), new Class<?>[]{type},
                new StatementHandler(target, sql));
    }

    private static final class StatementHandler implements InvocationHandler {
        private final Statement target;
        private final String sql;
        private int batched;
        private String lastBatchSql;

        StatementHandler(Statement target, String sql) {
            this.target = target;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" ->
                        count(args != null && args.length > 0 && args[0] instanceof String s ? s : sql, 1);
                case "addBatch" -> {
                    batched++;
                    lastBatchSql = args != null && args.length > 0 ? (String) args[0] : sql;
                }
                case "executeBatch", "executeLargeBatch" -> {
                    if (batched > 0) {
                        count(lastBatchSql, batched);
                    }
                    batched = 0;
                }
                case "clearBatch" -> batched = 0;
                default -> {
                }
            }
            return call(target, method, args);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegate.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return delegate.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return delegate.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return delegate.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return delegate.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }
}
