package in.mrmentor.persistence.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One process's claim on the embedded server of a data directory: a file of its own under
 * {@code postgres.leases/}, held with an OS lock for as long as the process uses the server. The
 * OS drops the lock when the process dies, even by {@code kill -9}, so a lease whose file can be
 * locked by someone else has lapsed. Taken, counted and released only under the {@link LaunchLock}.
 *
 * <p>Leases held by this JVM are known from a set rather than probed: probing opens a channel on
 * the file, and closing that channel would drop the JVM's own lock on it.
 */
final class ServerLease {
    private static final String DIRECTORY = "postgres.leases";
    private static final Set<Path> HELD_BY_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private ServerLease(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static ServerLease take(Path root) {
        Path file = root.resolve(DIRECTORY).resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID() + ".lease");
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            HELD_BY_THIS_JVM.add(file);
            return new ServerLease(file, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EmbeddedPostgresException("Cannot take a lease on the embedded PostgreSQL in " + root + ": "
                    + e.getMessage() + ". Point MAS_DATA_DIR at a writable directory.", e);
        }
    }

    /** Whether any process other than the holder of {@code own} still uses the server; removes lapsed leases on the way. */
    static boolean othersLive(Path root, ServerLease own) {
        Path directory = root.resolve(DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return false;
        }
        boolean live = false;
        try (DirectoryStream<Path> leases = Files.newDirectoryStream(directory, "*.lease")) {
            for (Path lease : leases) {
                if (own != null && lease.equals(own.file)) {
                    continue;
                }
                if (HELD_BY_THIS_JVM.contains(lease) || !removeIfLapsed(lease)) {
                    live = true;
                }
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Cannot read the leases in " + directory + ": " + e.getMessage(), e);
        }
        return live;
    }

    /** @return true when nobody held the lease and its file is gone */
    private static boolean removeIfLapsed(Path lease) throws IOException {
        try (FileChannel channel = FileChannel.open(lease, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                return false;
            }
            if (lock == null) {
                return false;
            }
            Files.deleteIfExists(lease);
            return true;
        } catch (NoSuchFileException alreadyGone) {
            return true;
        }
    }

    /** Gives the lease up; the file goes first so nobody counts it while the lock is being dropped. */
    synchronized void release() {
        if (released) {
            return;
        }
        released = true;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an unlocked file left behind counts as lapsed and is removed by the next process
        }
        dropLock();
    }

    /** Drops the lock but leaves the file, as the death of the process would. */
    synchronized void lapseForTests() {
        released = true;
        dropLock();
    }

    private void dropLock() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
        HELD_BY_THIS_JVM.remove(file);
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
