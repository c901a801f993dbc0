package in.mrmentor.cli;

import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mas users ...} against a real PostgreSQL. */
class UsersCommandTest {

    @TempDir
    Path dataDir;

    private Map<String, String> env;

    @BeforeEach
    void database() {
        env = Map.of("DATABASE_URL", TestPostgres.get().databaseUrl(TestPostgres.get().emptyDatabaseName()), "MAS_DATA_DIR", dataDir.toString());
    }

    @Test
    void createWithAPasswordOnStdinThenListByRole() {
        var created = CommandLineRun.withInput(env, "mentor-password\n", "users", "create", "--email", "Mentor@Example.com",
                "--name", "Meera", "--role", "expert", "--password-stdin");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("EXPERT", "mentor@example.com").doesNotContain("mentor-password");

        var experts = CommandLineRun.of(env, "users", "list", "--role", "EXPERT");
        assertThat(experts.out()).contains("mentor@example.com");
        assertThat(CommandLineRun.of(env, "users", "list", "--role", "USER").out()).doesNotContain("mentor@example.com");
    }

    @Test
    void createWithoutAPasswordGeneratesOneAndShowsItOnce() {
        var created = CommandLineRun.of(env, "users", "create", "--email", "ops@example.com", "--name", "Ops", "--role", "ADMIN");

        assertThat(created.exitCode()).isZero();
        assertThat(Pattern.compile("Generated password \\(shown once\\): \\S{20}").matcher(created.out()).find()).isTrue();
    }

    @Test
    void aDuplicateEmailIsAConflict() {
        CommandLineRun.of(env, "users", "create", "--email", "dup@example.com", "--name", "A", "--role", "USER");

        var again = CommandLineRun.of(env, "users", "create", "--email", "DUP@example.com", "--name", "B", "--role", "USER");

        assertThat(again.exitCode()).isEqualTo(4);
        assertThat(again.err()).contains("EMAIL_TAKEN");
    }

    @Test
    void badInputExitsTwo() {
        assertThat(CommandLineRun.of(env, "users", "create", "--email", "x", "--name", "A", "--role", "USER").exitCode())
                .isEqualTo(2);
        assertThat(CommandLineRun.of(env, "users", "create", "--email", "a@b.in", "--name", "A", "--role", "KING").exitCode())
                .isEqualTo(2);
        assertThat(CommandLineRun.of(env, "users", "create", "--name", "A", "--role", "USER").err())
                .contains("Missing required option: '--email");
    }

    @Test
    void resetPasswordReplacesTheOldOne() {
        CommandLineRun.withInput(env, "first-password\n", "users", "create", "--email", "s@example.com", "--name", "S",
                "--role", "USER", "--password-stdin");

        var reset = CommandLineRun.withInput(env, "second-password\n", "users", "reset-password", "--email", "s@example.com",
                "--password-stdin");

        assertThat(reset.exitCode()).isZero();
        assertThat(reset.out()).contains("Password reset for s@example.com");
        assertThat(CommandLineRun.of(env, "users", "reset-password", "--email", "nobody@example.com").exitCode()).isEqualTo(3);
    }
}
