package in.mrmentor.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import in.mrmentor.bootstrap.SettingsReader;
import in.mrmentor.bootstrap.identity.IdentityModule;
import in.mrmentor.bootstrap.slot.SlotModule;
import in.mrmentor.http.json.Json;
import in.mrmentor.identity.LogIn;
import in.mrmentor.identity.RequestOtp;
import in.mrmentor.persistence.slot.JdbiMentorEarnings;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.slot.EarningKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operator commands of issue 12 against a real PostgreSQL, with no server running. */
class OperatorCommandsTest {
    private static final String PASSWORD = "student-password";

    @TempDir
    Path dataDir;

    private Map<String, String> env;

    @BeforeEach
    void database() {
        env = Map.of("DATABASE_URL", TestPostgres.get().databaseUrl(TestPostgres.get().emptyDatabaseName()),
                "MAS_DATA_DIR", dataDir.toString());
    }

    private void inBackend(Consumer<Backend> work) {
        try (Backend backend = Backend.open(SettingsReader.read(env))) {
            work.accept(backend);
        }
    }

    private CommandLineRun create(String email, String role) {
        var run = CommandLineRun.withInput(env, PASSWORD + "\n", "users", "create", "--email", email, "--name", "Asha",
                "--role", role, "--password-stdin");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static JsonNode json(CommandLineRun run) {
        try {
            return Json.mapper().readTree(run.out());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + run.out(), e);
        }
    }

    @Test
    void showDeactivateActivateAndSetRole() {
        create("asha@example.com", "user");

        var shown = CommandLineRun.of(env, "users", "show", "--email", "ASHA@example.com");
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains("asha@example.com", "USER", "active:  true");
        String id = json(CommandLineRun.of(env, "users", "show", "--email", "asha@example.com", "--json")).path("id").asText();
        assertThat(CommandLineRun.of(env, "users", "show", "--id", id).out()).contains("asha@example.com");

        var deactivated = CommandLineRun.of(env, "users", "deactivate", "--email", "asha@example.com");
        assertThat(deactivated.exitCode()).as(deactivated.err()).isZero();
        assertThat(deactivated.out()).contains("deactivated");
        inBackend(backend -> assertThatThrownBy(() -> backend.module(IdentityModule.class).logIn
                .logIn(new LogIn.Command("asha@example.com", PASSWORD))).isInstanceOf(DomainException.class));

        assertThat(CommandLineRun.of(env, "users", "activate", "--id", id).out()).contains("is active");
        var promoted = CommandLineRun.of(env, "users", "set-role", "--email", "asha@example.com", "--role", "expert");
        assertThat(promoted.out()).contains("is now EXPERT");
        inBackend(backend -> assertThat(backend.module(IdentityModule.class).logIn
                .logIn(new LogIn.Command("asha@example.com", PASSWORD)).user().role().name()).isEqualTo("EXPERT"));
    }

    @Test
    void userCommandsRefuseBadInputWithTwoAndUnknownUsersWithThree() {
        var missing = CommandLineRun.of(env, "users", "show", "--email", "nobody@example.com");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("USER_NOT_FOUND").doesNotContain("Exception");

        var bad = CommandLineRun.of(env, "users", "deactivate", "--id", "not-a-uuid");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).doesNotContain("\tat ");
        assertThat(CommandLineRun.of(env, "users", "show").exitCode()).isEqualTo(2);
        assertThat(CommandLineRun.of(env, "users", "set-role", "--email", "a@b.in", "--role", "KING").exitCode()).isEqualTo(2);
        assertThat(CommandLineRun.of(env, "users", "unlock", "--email", "not an address").exitCode()).isEqualTo(2);
    }

    @Test
    void unlockClearsTheLoginThrottle() {
        create("locked@example.com", "user");
        inBackend(backend -> {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> backend.module(IdentityModule.class).logIn
                        .logIn(new LogIn.Command("locked@example.com", "wrong-password"))).isInstanceOf(DomainException.class);
            }
        });

        var unlocked = CommandLineRun.of(env, "users", "unlock", "--email", "Locked@Example.com");

        assertThat(unlocked.exitCode()).isZero();
        assertThat(unlocked.out()).contains("Cleared 5 failed sign-in attempt(s) of locked@example.com.");
        inBackend(backend -> assertThat(backend.module(IdentityModule.class).logIn
                .logIn(new LogIn.Command("locked@example.com", PASSWORD)).user().email()).isEqualTo("locked@example.com"));
    }

    @Test
    void usersListIsOldestFirstAndTakesJson() {
        create("first@example.com", "user");
        create("second@example.com", "user");

        var table = CommandLineRun.of(env, "users", "list");
        assertThat(table.out().indexOf("first@example.com")).isLessThan(table.out().indexOf("second@example.com"));
        JsonNode listed = json(CommandLineRun.of(env, "users", "list", "--json"));
        assertThat(listed.isArray()).isTrue();
        assertThat(listed.get(0).path("email").asText()).isEqualTo("first@example.com");
        assertThat(listed.get(0).has("passwordHash")).isFalse();
    }

    @Test
    void usersListPagesWithLimitAndCursor() {
        create("first@example.com", "user");
        create("second@example.com", "user");

        var first = CommandLineRun.of(env, "users", "list", "--limit", "1", "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(json(first)).hasSize(1);
        assertThat(json(first).get(0).path("email").asText()).isEqualTo("first@example.com");
        assertThat(first.err()).contains("More rows: add --cursor ");
        String cursor = first.err().substring(first.err().indexOf("--cursor ") + "--cursor ".length()).strip();

        var second = CommandLineRun.of(env, "users", "list", "--limit", "1", "--cursor", cursor);
        assertThat(second.out()).contains("second@example.com").doesNotContain("first@example.com");
        assertThat(second.err()).doesNotContain("More rows");
    }

    /** One wording for an unknown user, whichever command names them by e-mail address. */
    @Test
    void anUnknownUserIsWordedAlikeByEveryCommand() {
        var shown = CommandLineRun.of(env, "users", "show", "--email", "nobody@example.com");
        var ledger = CommandLineRun.of(env, "tokens", "ledger", "--user", "nobody@example.com");
        var balance = CommandLineRun.of(env, "tokens", "balance", "--email", "nobody@example.com");

        assertThat(shown.err()).contains("USER_NOT_FOUND");
        assertThat(ledger.err()).isEqualTo(shown.err());
        assertThat(balance.err()).isEqualTo(shown.err());
        assertThat(CommandLineRun.of(env, "users", "show", "--id", UUID.randomUUID().toString()).err())
                .contains("USER_NOT_FOUND").doesNotContain("e-mail");
    }

    @Test
    void tokensBalanceTakesJson() {
        create("student@example.com", "user");
        CommandLineRun.of(env, "tokens", "grant", "--email", "student@example.com", "--account", "token", "--amount", "3",
                "--reason", "welcome");

        JsonNode balance = json(CommandLineRun.of(env, "tokens", "balance", "--email", "student@example.com", "--json"));

        assertThat(balance.path("token").asLong()).isEqualTo(3);
        assertThat(balance.has("resumeToken")).isTrue();
        assertThat(balance.has("promotionalToken")).isTrue();
    }

    @Test
    void tokensLedgerShowsTheStarterBundleAndTakesJson() {
        create("student@example.com", "user");
        CommandLineRun.of(env, "tokens", "grant", "--email", "student@example.com", "--account", "token", "--amount", "3",
                "--reason", "welcome");

        var ledger = CommandLineRun.of(env, "tokens", "ledger", "--user", "student@example.com");
        assertThat(ledger.exitCode()).as(ledger.err()).isZero();
        assertThat(ledger.out()).contains("SEQ", "token");
        JsonNode entries = json(CommandLineRun.of(env, "tokens", "ledger", "--user", "student@example.com", "--json"));
        assertThat(entries.get(0).path("delta").asLong()).isEqualTo(3);
        assertThat(CommandLineRun.of(env, "tokens", "ledger", "--user", "nobody@example.com").exitCode()).isEqualTo(3);
        assertThat(CommandLineRun.of(env, "tokens", "ledger", "--user", "student@example.com", "--limit", "500").exitCode())
                .isEqualTo(2);
    }

    @Test
    void withdrawalsAreListedApprovedAndPaid() {
        create("mentor@example.com", "expert");
        UUID[] withdrawal = new UUID[1];
        inBackend(backend -> {
            UUID mentor = backend.module(IdentityModule.class).showUser.byEmail("mentor@example.com").id();
            var earnings = new JdbiMentorEarnings(backend.platform().jdbi(), Ids.random());
            backend.platform().transactions().run(() -> {
                earnings.lockBalance(mentor);
                earnings.post(mentor, EarningKind.MEETING, 35_000, "slot:" + UUID.randomUUID(), Instant.now());
            });
            withdrawal[0] = backend.module(SlotModule.class).requestWithdrawal.request(mentor, 20_000L).id();
        });

        var pending = CommandLineRun.of(env, "withdrawals", "list");
        assertThat(pending.out()).contains(withdrawal[0].toString(), "200.00 INR", "PENDING");
        assertThat(json(CommandLineRun.of(env, "withdrawals", "list", "--json")).get(0).path("amountPaise").asLong())
                .isEqualTo(20_000);

        assertThat(CommandLineRun.of(env, "withdrawals", "paid", withdrawal[0].toString()).exitCode()).isEqualTo(4);
        assertThat(CommandLineRun.of(env, "withdrawals", "approve", withdrawal[0].toString()).out()).contains("APPROVED");
        assertThat(CommandLineRun.of(env, "withdrawals", "paid", withdrawal[0].toString()).out()).contains("PAID");
        assertThat(CommandLineRun.of(env, "withdrawals", "list", "--status", "PAID").out()).contains(withdrawal[0].toString());
        assertThat(CommandLineRun.of(env, "withdrawals", "reject", UUID.randomUUID().toString()).exitCode()).isEqualTo(3);
        assertThat(CommandLineRun.of(env, "withdrawals", "approve", "nope").exitCode()).isEqualTo(2);
    }

    @Test
    void slotsListFiltersByStatus() {
        var empty = CommandLineRun.of(env, "slots", "list", "--status", "CONFIRMED", "--json");
        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(json(empty).size()).isZero();
        assertThat(CommandLineRun.of(env, "slots", "list").out()).startsWith("ID");
        assertThat(CommandLineRun.of(env, "slots", "list", "--status", "SOMETIME").exitCode()).isEqualTo(2);
    }

    @Test
    void outboxListShowAndResend() {
        create("otp@example.com", "user");
        inBackend(backend -> backend.module(IdentityModule.class).requestOtp.request(new RequestOtp.Command("otp@example.com")));

        JsonNode listed = json(CommandLineRun.of(env, "outbox", "list", "--json"));
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).has("textBody")).isFalse();
        String id = listed.get(0).path("id").asText();

        var shown = CommandLineRun.of(env, "outbox", "show", id);
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).containsPattern("\\b\\d{6}\\b").contains("otp@example.com");

        var resent = CommandLineRun.of(env, "outbox", "resend", id);
        assertThat(resent.exitCode()).as(resent.err()).isZero();
        assertThat(json(CommandLineRun.of(env, "outbox", "list", "--json")).size()).isEqualTo(2);
        assertThat(CommandLineRun.of(env, "outbox", "show", UUID.randomUUID().toString()).exitCode()).isEqualTo(3);
    }

    @Test
    void productionRedactsTheCodeInOutboxShow() {
        create("prod@example.com", "user");
        inBackend(backend -> backend.module(IdentityModule.class).requestOtp.request(new RequestOtp.Command("prod@example.com")));
        String id = json(CommandLineRun.of(env, "outbox", "list", "--json")).get(0).path("id").asText();
        Map<String, String> production = new HashMap<>(env);
        production.put("APP_ENV", "production");
        production.put("JWT_SECRET", "a-production-secret-of-at-least-32-bytes!");
        production.put("GLOBAL_INVOICE_SUPPLIER_GSTIN", "27AAPFU0939F1ZV");
        production.put("DATABASE_URL", env.get("DATABASE_URL"));

        var shown = CommandLineRun.of(production, "outbox", "show", id);

        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("[code redacted]").doesNotContainPattern("\\b\\d{6}\\b");
    }

    @Test
    void queuesStatsListsEveryKnownQueueEvenWhenEmpty() {
        var stats = CommandLineRun.of(env, "queues", "stats");

        assertThat(stats.out()).containsPattern("email\\s+0\\s+0\\s+0\\s+0").contains("cleanup", "kpi", "emailSweep");
        assertThat(json(CommandLineRun.of(env, "queues", "stats", "--json")).size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void statusShowsDependenciesSchemaAndQueuesWithoutAServer() {
        CommandLineRun.of(env, "migrate");

        var status = CommandLineRun.of(env, "status");

        assertThat(status.exitCode()).as(status.out() + status.err()).isZero();
        assertThat(status.out()).contains("not running", "database", "UP", "no pending migration", "email");
    }

    @Test
    void statusNamesPendingMigrationsAndChangesNothing() {
        var status = CommandLineRun.of(env, "status");

        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.out()).contains("pending", "V12 performance metrics", "run: mas migrate");
        assertThat(CommandLineRun.of(env, "status").out()).contains("pending");
    }

    @Test
    void configSetRefusesAnUnknownKeyUnlessForcedAndGetEffectiveNamesTheTier() {
        var typo = CommandLineRun.of(env, "config", "set", "global_auto_screen_on_aply", "true");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("UNKNOWN_CONFIG_KEY", "did you mean 'global_auto_screen_on_apply'");

        assertThat(CommandLineRun.of(env, "config", "set", "my_own_key", "1", "--force").exitCode()).isZero();
        assertThat(CommandLineRun.of(env, "config", "set", "my_own_key", "2").exitCode()).isZero();

        var byDefault = CommandLineRun.of(env, "config", "get", "global_auto_screen_on_apply", "--effective");
        assertThat(byDefault.out()).contains("value:  false", "DEFAULT");
        CommandLineRun.of(env, "config", "set", "global_auto_screen_on_apply", "true");
        assertThat(CommandLineRun.of(env, "config", "get", "global_auto_screen_on_apply", "--effective").out())
                .contains("value:  true", "SYSTEM_CONFIG_ROW");

        Map<String, String> withVariable = new HashMap<>(env);
        withVariable.put("LEEGALITY_SANDBOX_BASE_URL", "https://sandbox.example");
        var fromEnvironment = CommandLineRun.of(withVariable, "config", "get", "mas101_leegality_sandbox_base_url",
                "--effective");
        assertThat(fromEnvironment.out()).contains("ENVIRONMENT", "LEEGALITY_SANDBOX_BASE_URL", "********")
                .doesNotContain("sandbox.example");
        assertThat(CommandLineRun.of(env, "config", "get", "nothing_here", "--effective").exitCode()).isEqualTo(3);
    }

    @Test
    void quietDropsInfoLinesAndSupersededVariablesAreNamed() {
        Map<String, String> seedStyle = new HashMap<>(env);
        seedStyle.put("REDIS_HOST", "redis.internal");
        seedStyle.put("DB_USERNAME", "mas");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        root.addAppender(lines);
        try {
            assertThat(CommandLineRun.of(seedStyle, "users", "list").exitCode()).isZero();
            assertThat(lines.list).anyMatch(event -> event.getLevel() == Level.INFO);
            assertThat(lines.list).anyMatch(event -> event.getLevel() == Level.WARN
                    && event.getFormattedMessage().contains("REDIS_HOST") && event.getFormattedMessage().contains("REDIS_URL"))
                    .anyMatch(event -> event.getFormattedMessage().contains("DB_USERNAME")
                            && event.getFormattedMessage().contains("DATABASE_URL is set and wins"));
            lines.list.clear();

            assertThat(CommandLineRun.of(seedStyle, "--quiet", "users", "list").exitCode()).isZero();

            assertThat(lines.list).isNotEmpty().allMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
            assertThat(lines.list).noneMatch(event -> event.getFormattedMessage().contains("redis.internal"));
        } finally {
            root.detachAppender(lines);
            root.setLevel(Level.INFO);
        }
    }
}
