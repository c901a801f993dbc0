package in.mrmentor.jobs;

import in.mrmentor.jobs.port.QueueAdministration;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Validation;

import java.util.TreeSet;

/**
 * Which queue names the ops view (HTTP and {@code mas queues}) answers for: the platform's own job
 * types, and any type that has jobs stored (say, from a handler another version registered). Any
 * other well-formed name is 404 {@code QUEUE_NOT_FOUND}: the seed listed no dead jobs for a typo, which
 * read as "nothing failed". A name no job type can have stays a 400 {@code VALIDATION_FAILED}.
 */
public final class KnownQueues {
    public static final String NOT_FOUND = "QUEUE_NOT_FOUND";

    private final QueueAdministration queues;

    public KnownQueues(QueueAdministration queues) {
        this.queues = queues;
    }

    /** The name itself when it names a known queue. */
    public String require(String name) {
        try {
            JobType.requireValid(name);
        } catch (IllegalArgumentException e) {
            throw Validation.invalid("queue", "is not a queue name");
        }
        if (JobType.PLATFORM_TYPES.contains(name)) {
            return name;
        }
        TreeSet<String> known = new TreeSet<>(JobType.PLATFORM_TYPES);
        queues.stats().forEach(stats -> known.add(stats.type()));
        if (known.contains(name)) {
            return name;
        }
        throw DomainException.notFound(NOT_FOUND, "There is no queue of that name; the queues are "
                + String.join(", ", known) + ".");
    }
}
