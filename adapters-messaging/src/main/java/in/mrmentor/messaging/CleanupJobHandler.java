package in.mrmentor.messaging;

import in.mrmentor.jobs.Housekeeping;
import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.JobHandler;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every {@link Housekeeping} task for each {@link JobType#CLEANUP} job; {@link #every} declares
 * its schedule (the seed's cleanup worker ran every 24 h). One failing task does not stop the others;
 * the job fails afterwards so the queue retries it, and a retry runs every task again, which is safe
 * because each task only removes what is already stale.
 */
public final class CleanupJobHandler implements JobHandler {
    private static final Logger log = LoggerFactory.getLogger(CleanupJobHandler.class);
    public static final String SCHEDULE_NAME = "cleanup";

    private final List<Housekeeping> tasks;

    public CleanupJobHandler(List<Housekeeping> tasks) {
        this.tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
        Set<String> names = new HashSet<>();
        for (Housekeeping task : this.tasks) {
            if (!names.add(task.name())) {
                throw new IllegalArgumentException("two housekeeping tasks are named " + task.name());
            }
        }
    }

    /** The recurring cleanup, fired once per interval across all processes. */
    public static RecurringJob every(Duration interval) {
        return RecurringJob.every(interval, SCHEDULE_NAME, JobType.CLEANUP);
    }

    /** @throws CleanupFailedException after running every task, when at least one of them threw */
    @Override
    public void handle(Job job) {
        List<String> failed = new ArrayList<>();
        List<RuntimeException> causes = new ArrayList<>();
        for (Housekeeping task : tasks) {
            try {
                Map<String, Long> changed = task.run();
                log.info("cleanup {}: {}", task.name(), describe(changed));
            } catch (RuntimeException e) {
                log.warn("cleanup {} failed; the other tasks still run and the job will be retried", task.name(), e);
                failed.add(task.name() + " (" + e + ")");
                causes.add(e);
            }
        }
        if (!failed.isEmpty()) {
            var failure = new CleanupFailedException("cleanup failed: " + String.join(", ", failed));
            causes.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private static String describe(Map<String, Long> changed) {
        if (changed.isEmpty()) {
            return "nothing to do";
        }
        return changed.entrySet().stream()
                .map(entry -> entry.getKey() + " -> " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    /** One or more housekeeping tasks threw; its message (kept on a dead job) names each with its error. */
    public static final class CleanupFailedException extends RuntimeException {
        public CleanupFailedException(String message) {
            super(message);
        }
    }
}
