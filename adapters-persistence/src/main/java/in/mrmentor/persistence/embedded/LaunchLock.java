package in.mrmentor.persistence.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Held while one process starts, joins, leaves or stops the embedded server of a data directory,
 * so those steps never interleave: a process that arrives while another is still running initdb
 * waits for it instead of failing. It is an OS lock on {@code postgres.lock}, which a killed process
 * loses with its life.
 *
 * <p>OS file locks belong to the whole JVM, and closing any channel on the file drops them, so
 * launchers inside one JVM first queue on a semaphore per directory and only then touch the file.
 */
final class LaunchLock implements AutoCloseable {
    private static final String FILE = "postgres.lock";
    private static final Duration POLL = Duration.ofMillis(50);
    private static final ConcurrentMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;

    private LaunchLock(Semaphore local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws DataDirectoryInUseException when another process holds it for longer than {@code wait} */
    static LaunchLock acquire(Path root, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore local = IN_THIS_JVM.computeIfAbsent(root, r -> new Semaphore(1));
        try {
            if (!local.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new DataDirectoryInUseException(root, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("Interrupted while waiting for the data directory " + root, e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new LaunchLock(local, channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    throw new DataDirectoryInUseException(root, wait);
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException e) {
            closeQuietly(channel);
            local.release();
            throw new EmbeddedPostgresException("Cannot lock " + root.resolve(FILE) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            local.release();
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("Interrupted while waiting for the data directory " + root, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            local.release();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
        local.release();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
