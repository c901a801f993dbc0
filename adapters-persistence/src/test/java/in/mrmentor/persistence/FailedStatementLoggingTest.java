package in.mrmentor.persistence;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import in.mrmentor.persistence.testing.TestPostgres;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A failing statement reaches the log (the HTTP 500 handler, a job's last error) as its exception.
 * Seed behaviour fixed: that exception carried every bound argument, so a failed {@code INSERT INTO
 * users} logged the password hash. It names the statement and the SQL state, never a value.
 */
class FailedStatementLoggingTest {
    private static final String SECRET = "hash:$2a$10$NeverInTheLog";
    private static final long SECRET_NUMBER = 7_340_981_125L;

    private static Database database;
    private static Jdbi jdbi;

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    @BeforeAll
    static void openDatabase() {
        database = TestPostgres.get().freshDatabase();
        jdbi = database.jdbi();
        jdbi.useHandle(h -> h.execute("CREATE TABLE secrets (id bigint PRIMARY KEY, secret text NOT NULL)"));
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO secrets (id, secret) VALUES (:id, :secret)")
                .bind("id", SECRET_NUMBER).bind("secret", SECRET).execute());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void clearLog() {
        logged.reset();
    }

    @Test
    void aUniqueViolationIsLoggedWithItsStatementAndStateButNoArgument() {
        String log = logFailureOf(h -> h.createUpdate("INSERT INTO secrets (id, secret) VALUES (:id, :secret)")
                .bind("id", SECRET_NUMBER).bind("secret", SECRET).execute());

        assertThat(log).contains("INSERT INTO secrets", "23505");
        assertNoArgumentIn(log);
    }

    @Test
    void aNulByteIsLoggedWithItsStatementAndStateButNoArgument() {
        String log = logFailureOf(h -> h.createUpdate("INSERT INTO secrets (id, secret) VALUES (:id, :secret)")
                .bind("id", SECRET_NUMBER + 1).bind("secret", SECRET + "\u0000").execute());

        assertThat(log).contains("INSERT INTO secrets", "22021");
        assertNoArgumentIn(log);
    }

    @Test
    void aFailedBatchIsLoggedWithoutItsArguments() {
        String log = logFailureOf(h -> h.prepareBatch("INSERT INTO secrets (id, secret) VALUES (:id, :secret)")
                .bind("id", SECRET_NUMBER).bind("secret", SECRET).add()
                .execute());

        assertThat(log).contains("INSERT INTO secrets", "23505");
        assertNoArgumentIn(log);
    }

    private static void assertNoArgumentIn(String log) {
        assertThat(log).doesNotContain(SECRET).doesNotContain("NeverInTheLog")
                .doesNotContain(String.valueOf(SECRET_NUMBER));
    }

    /** Runs the statement, expects it to fail and logs the failure as the HTTP 500 handler does. */
    private String logFailureOf(Consumer<org.jdbi.v3.core.Handle> statement) {
        Throwable[] failure = new Throwable[1];
        assertThatThrownBy(() -> jdbi.useHandle(statement::accept)).satisfies(e -> failure[0] = e);
        Logger logger = capturingLogger();
        logger.error("Unexpected failure while serving the request", failure[0]);
        return logged.toString(StandardCharsets.UTF_8);
    }

    private Logger capturingLogger() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n%ex");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(logged);
        appender.start();
        Logger logger = context.getLogger("failed-statements-" + System.nanoTime());
        logger.setAdditive(false);
        logger.addAppender(appender);
        return logger;
    }
}
