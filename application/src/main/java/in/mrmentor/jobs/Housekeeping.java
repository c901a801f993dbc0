package in.mrmentor.jobs;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One task of the recurring {@link JobType#CLEANUP} job: deletes or expires what its context no
 * longer needs. It lives here, beside the job types, so that any context's use case can become a
 * task through {@link #of} where the application is wired, without this package knowing the contexts.
 * A task runs at least once per interval and may run twice, so it must be safe to repeat.
 */
public interface Housekeeping {

    /** Names the task in logs, e.g. {@code identity}. */
    String name();

    /** Does one round and answers how many rows it changed, per kind of row (e.g. {@code refreshTokens -> 12}). */
    Map<String, Long> run();

    static Housekeeping of(String name, Supplier<Map<String, Long>> run) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(run, "run");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a housekeeping task needs a name");
        }
        return new Housekeeping() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, Long> run() {
                return Objects.requireNonNull(run.get(), () -> "task " + name + " answered no counts");
            }

            @Override
            public String toString() {
                return "Housekeeping[" + name + "]";
            }
        };
    }
}
