package in.mrmentor.shared.port;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically across every repository of the same adapter family. A use case
 * that writes does all of its writes inside one call, so a refusal or a crash never leaves half a
 * change behind. Nested calls join the outer unit.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
