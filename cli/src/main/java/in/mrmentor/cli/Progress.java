package in.mrmentor.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of long work on stderr, and only when stderr is a terminal: a script or a log collector
 * gets the command's output alone, a person at a terminal sees that something is happening.
 */
final class Progress implements AutoCloseable {
    private final PrintStream err;
    private final boolean shown;
    private final long started = System.nanoTime();

    private Progress(PrintStream err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    /** Starts the message on a terminal; does nothing otherwise. */
    static Progress start(String what) {
        Progress progress = new Progress(System.err, System.console() != null);
        if (progress.shown) {
            progress.err.print(what + " ... ");
            progress.err.flush();
        }
        return progress;
    }

    void step(String what) {
        if (shown) {
            err.print("\r\033[K" + what + " ... ");
            err.flush();
        }
    }

    @Override
    public void close() {
        if (shown) {
            err.println("done in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        }
    }
}
