package in.mrmentor.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A job enqueued once per interval, however many processes declare the same schedule: the seed ran
 * cleanup every 24 h and KPI every 15 min from each process's start-up, which duplicates them as
 * soon as two processes run. A schedule whose previous job is still waiting or running skips the
 * interval instead of piling up a backlog.
 *
 * @param name identifies the schedule across processes; two processes declaring the same name share it
 */
public record RecurringJob(String name, String type, String payload, Duration every) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

    public RecurringJob {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("schedule name must match " + NAME.pattern() + ": " + name);
        }
        JobType.requireValid(type);
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(every, "every");
        if (every.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException("a schedule's interval must be at least 100 ms");
        }
    }

    public static RecurringJob every(Duration every, String name, String type) {
        return new RecurringJob(name, type, "{}", every);
    }

    /** The de-duplication key of the jobs this schedule enqueues. */
    public String dedupKey() {
        return "schedule:" + name;
    }
}
