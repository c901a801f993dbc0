package in.mrmentor.jobs;

/**
 * How one process runs the handler of a type.
 *
 * @param concurrency at most this many jobs of the type run at once in this process
 * @param maxAttempts deliveries before the job is dead-lettered (1 means no retry)
 */
public record HandlerOptions(int concurrency, int maxAttempts) {
    public HandlerOptions {
        if (concurrency < 1 || concurrency > 256) {
            throw new IllegalArgumentException("concurrency must be between 1 and 256");
        }
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("maxAttempts must be between 1 and 100");
        }
    }

    public static HandlerOptions of(int concurrency, int maxAttempts) {
        return new HandlerOptions(concurrency, maxAttempts);
    }
}
