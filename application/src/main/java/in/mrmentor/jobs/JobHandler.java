package in.mrmentor.jobs;

/**
 * Does the work of one job type. Returning normally acknowledges the job; throwing makes it a
 * failed attempt that is retried with backoff until the type's maximum, then dead-lettered with
 * the exception's message. Delivery is at least once, so a handler must tolerate running twice
 * for the same job (a worker may die after the work but before the acknowledgement).
 */
@FunctionalInterface
public interface JobHandler {

    void handle(Job job) throws Exception;
}
