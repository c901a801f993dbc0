package in.mrmentor.identity;

import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.shared.ServiceBusyException;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds the hashing work one process does at once. A bcrypt hash is ~70 ms of a core; unbounded, a
 * flood of sign-ins took every core and a signed-in user's request waited behind it (issue 11 item 19).
 * A hash that finds no permit within {@code patience} is refused with 503 and {@code Retry-After}, so
 * the flood waits, not everyone. This bounds CPU in one JVM only; what several processes share is
 * counted in the database ({@link AdmitAuthRequest}).
 */
public final class BoundedPasswordHasher implements PasswordHasher {
    static final long RETRY_AFTER_SECONDS = 1;

    private final PasswordHasher hasher;
    private final Semaphore permits;
    private final Duration patience;

    public BoundedPasswordHasher(PasswordHasher hasher, int concurrentHashes, Duration patience) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("at least one hash at a time");
        }
        this.permits = new Semaphore(concurrentHashes);
        this.patience = Objects.requireNonNull(patience, "patience");
    }

    /** Half the cores (at least one), so hashing never takes the whole machine from signed-in traffic. */
    public static int defaultConcurrency() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public PasswordHash hash(String secret) {
        return bounded(() -> hasher.hash(secret));
    }

    @Override
    public boolean matches(String secret, PasswordHash hash) {
        return bounded(() -> hasher.matches(secret, hash));
    }

    private <T> T bounded(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ServiceBusyException("The server is busy checking passwords. Try again shortly.",
                    RETRY_AFTER_SECONDS);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    @Override
    public String toString() {
        return "BoundedPasswordHasher[" + hasher + ", permits=" + permits.availablePermits() + "]";
    }
}
