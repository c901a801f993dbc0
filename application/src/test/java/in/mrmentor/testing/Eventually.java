package in.mrmentor.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition with a deadline, for tests of work that happens on other threads or processes. */
public final class Eventually {
    private static final long STEP_MILLIS = 20;

    private Eventually() {
    }

    /** Returns as soon as the condition holds; fails with {@code what} once {@code within} has passed. */
    public static void await(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + within + " waiting for: " + what);
            }
            pause();
        }
    }

    /** Fails as soon as the condition breaks during {@code period}: asserts that nothing happens. */
    public static void holdsFor(String what, Duration period, BooleanSupplier condition) {
        long deadline = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < deadline) {
            if (!condition.getAsBoolean()) {
                throw new AssertionError("stopped holding: " + what);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(STEP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
