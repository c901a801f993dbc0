package in.mrmentor.persistence.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server run from the binaries on the class path, with its data in a directory
 * of ours so that data survives restarts. PostgreSQL refuses to run as root, so when this JVM is
 * root the server's processes run as an unprivileged account ({@code MAS_EMBEDDED_PG_USER},
 * {@code nobody} by default) through {@code runuser}.
 *
 * <p>Every process on one data directory shares one server: the first to arrive starts it, the
 * others attach, and each holds a {@link ServerLease} while it uses it. Leaving, a process stops
 * the server only when no other live lease remains, so the server outlives the process that
 * started it. A server left running with no live lease (its last user was killed) is an orphan
 * and is restarted; one that a live process uses is never stopped. Starting, attaching and
 * leaving happen under the {@link LaunchLock}, so a process arriving while another is still
 * starting the server waits for it ({@link Options#launchWait()}).
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    public static final String SUPERUSER = "postgres";
    private static final String PORT_FILE = "postgres.port";
    /**
     * Leaving waits less than starting, to keep shutdown bounded: a process that gives up simply
     * drops its lease, and a server nobody leases is restarted or stopped by the next process.
     */
    private static final Duration LEAVE_WAIT = Duration.ofSeconds(10);

    /**
     * How to start: where the data lives, who runs it, extra server settings (e.g. {@code fsync=off}
     * for tests; a process that attaches to a running server uses the settings it was started with),
     * and how long to wait for another process that is starting or stopping the server.
     */
    public record Options(Path root, Path binaryCache, String runAsWhenRoot, List<String> serverSettings,
                          Duration launchWait) {
        /** initdb and a start on a loaded machine take well under this; a longer wait means something hangs. */
        public static final Duration DEFAULT_LAUNCH_WAIT = Duration.ofMinutes(2);

        public Options {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(binaryCache, "binaryCache");
            runAsWhenRoot = runAsWhenRoot == null || runAsWhenRoot.isBlank() ? "nobody" : runAsWhenRoot;
            serverSettings = List.copyOf(serverSettings);
            Objects.requireNonNull(launchWait, "launchWait");
            if (launchWait.isNegative()) {
                throw new IllegalArgumentException("launchWait must not be negative");
            }
        }

        public static Options at(Path root) {
            return new Options(root, defaultBinaryCache(), "nobody", List.of(), DEFAULT_LAUNCH_WAIT);
        }

        public Options withRunAs(String account) {
            return new Options(root, binaryCache, account, serverSettings, launchWait);
        }

        public Options withBinaryCache(Path cache) {
            return new Options(root, cache, runAsWhenRoot, serverSettings, launchWait);
        }

        public Options withServerSettings(List<String> settings) {
            return new Options(root, binaryCache, runAsWhenRoot, settings, launchWait);
        }

        public Options withLaunchWait(Duration wait) {
            return new Options(root, binaryCache, runAsWhenRoot, serverSettings, wait);
        }
    }

    private final Path root;
    private final Path binaries;
    private final Path dataDirectory;
    private final Path logFile;
    private final String runAs;
    private final String password;
    private final int port;
    private final boolean startedHere;
    private final Duration launchWait;
    private final ServerLease lease;
    private boolean left;

    private EmbeddedPostgres(Path root, Path binaries, Path dataDirectory, Path logFile, String runAs, String password,
                             int port, boolean startedHere, Duration launchWait, ServerLease lease) {
        this.root = root;
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.runAs = runAs;
        this.password = password;
        this.port = port;
        this.startedHere = startedHere;
        this.launchWait = launchWait;
        this.lease = lease;
    }

    public static Path defaultBinaryCache() {
        return Path.of(System.getProperty("java.io.tmpdir"), "mas-embedded-postgres");
    }

    public static EmbeddedPostgres start(Options options) {
        Path root = options.root().toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Cannot create the data directory " + root + ": " + e.getMessage()
                    + ". Point MAS_DATA_DIR at a writable directory.", e);
        }
        try (LaunchLock ignored = LaunchLock.acquire(root, options.launchWait())) {
            ServerLease lease = ServerLease.take(root);
            try {
                return startOrAttach(options, root, lease);
            } catch (RuntimeException e) {
                lease.release();
                throw e;
            }
        }
    }

    private static EmbeddedPostgres startOrAttach(Options options, Path root, ServerLease lease) {
        String runAs = isRoot() ? options.runAsWhenRoot() : null;
        if (runAs != null) {
            LOG.info("Running as root: the embedded PostgreSQL runs as the account '{}' (MAS_EMBEDDED_PG_USER)", runAs);
            requireTraversable(root);
        }
        Path binaries = PostgresBinaries.extractTo(options.binaryCache().toAbsolutePath());
        Path serverHome = root.resolve("postgres");
        Path data = serverHome.resolve("data");
        Path log = serverHome.resolve("server.log");
        String password = passwordIn(root);
        try {
            Files.createDirectories(serverHome);
            Files.setPosixFilePermissions(serverHome, PosixFilePermissions.fromString("rwx------"));
            if (runAs != null) {
                chown(serverHome, runAs);
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Cannot prepare " + serverHome + ": " + e.getMessage(), e);
        }
        Runner runner = new Runner(binaries, runAs);
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdb(runner, serverHome, data, password, runAs);
        }
        if (runner.run(Duration.ofSeconds(30), "pg_ctl", "status", "-D", data.toString()).exitCode() == 0) {
            if (ServerLease.othersLive(root, lease)) {
                RunningServer running = runningIn(root).orElseThrow(() -> new EmbeddedPostgresException(
                        "The embedded PostgreSQL in " + data + " runs for another process but " + root.resolve(PORT_FILE)
                                + " is missing. Stop every mas process on this MAS_DATA_DIR and start again."));
                LOG.info("Attached to the embedded PostgreSQL another process runs on 127.0.0.1:{} for {}", running.port(), root);
                return new EmbeddedPostgres(root, binaries, data, log, runAs, password, running.port(), false,
                        options.launchWait(), lease);
            }
            // No live process holds a lease, so none uses this server: it is an orphan of one that was killed.
            LOG.warn("Stopping an orphaned embedded PostgreSQL left running in {}", data);
            runner.run(Duration.ofSeconds(60), "pg_ctl", "stop", "-D", data.toString(), "-m", "fast", "-w");
        }
        RuntimeException lastFailure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            List<String> serverOptions = new ArrayList<>(List.of("-p", String.valueOf(port), "-h", "127.0.0.1",
                    "-c", "unix_socket_directories=", "-c", "listen_addresses=127.0.0.1"));
            for (String setting : options.serverSettings()) {
                serverOptions.add("-c");
                serverOptions.add(setting);
            }
            Result started = runner.run(Duration.ofSeconds(90), "pg_ctl", "start", "-D", data.toString(), "-l", log.toString(),
                    "-w", "-t", "60", "-o", String.join(" ", serverOptions));
            if (started.exitCode() == 0) {
                LOG.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", port, data);
                writePortFile(root, port);
                return new EmbeddedPostgres(root, binaries, data, log, runAs, password, port, true,
                        options.launchWait(), lease);
            }
            lastFailure = new EmbeddedPostgresException("The embedded PostgreSQL did not start (" + started.output().strip()
                    + "). Its log is " + log + ".");
        }
        throw lastFailure;
    }

    private static void initdb(Runner runner, Path serverHome, Path data, String password, String runAs) {
        Path passwordFile = serverHome.resolve("initdb.pw");
        try {
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
            if (runAs != null) {
                chown(passwordFile, runAs);
            }
            Result result = runner.run(Duration.ofMinutes(2), "initdb", "-D", data.toString(), "-U", SUPERUSER,
                    "-A", "scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--no-locale", "--no-sync");
            if (result.exitCode() != 0) {
                throw new EmbeddedPostgresException("initdb failed for " + data + ": " + result.output().strip());
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Cannot prepare " + serverHome + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException ignored) {
                // it lives in a directory only the server's account can read
            }
        }
    }

    /**
     * Where the server of this data directory listens, as recorded by the process that started it.
     * Empty when nobody runs it.
     */
    public static java.util.Optional<RunningServer> runningIn(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        Path portFile = dir.resolve(PORT_FILE);
        Path passwordFile = dir.resolve("postgres.password");
        try {
            if (!Files.exists(portFile) || !Files.exists(passwordFile)) {
                return Optional.empty();
            }
            int port = Integer.parseInt(Files.readString(portFile, StandardCharsets.UTF_8).strip());
            return Optional.of(new RunningServer(port, Files.readString(passwordFile, StandardCharsets.UTF_8).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Where a server started by another process listens. {@code toString()} hides the password. */
    public record RunningServer(int port, String password) {
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        public String user() {
            return SUPERUSER;
        }

        @Override
        public String toString() {
            return "RunningServer[port=" + port + ", password=********]";
        }
    }

    private static void writePortFile(Path root, int port) {
        try {
            Path file = root.resolve(PORT_FILE);
            Files.writeString(file, String.valueOf(port), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            LOG.warn("Could not record the embedded PostgreSQL port in {}: {}", root, e.toString());
        }
    }

    /** The superuser password is generated once per data directory and kept beside it, readable by us only. */
    private static String passwordIn(Path root) {
        Path file = root.resolve("postgres.password");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, password, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return password;
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The server's account must be able to reach the data directory through every parent. A fresh
     * {@code mktemp -d} directory is 0700: we add search permission (not read) to the parents we
     * own, and name the one we cannot fix.
     */
    private static void requireTraversable(Path root) {
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
                if (perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    continue;
                }
                if (dir.equals(root) || Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals("root")) {
                    Set<PosixFilePermission> changed = EnumSet.copyOf(perms);
                    changed.add(PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(dir, changed);
                } else {
                    throw new EmbeddedPostgresException(notTraversable(dir));
                }
            } catch (IOException e) {
                throw new EmbeddedPostgresException(notTraversable(dir), e);
            }
        }
    }

    private static String notTraversable(Path dir) {
        return "The embedded PostgreSQL account cannot reach " + dir + " (it needs search permission on every parent "
                + "directory). Run 'chmod o+x " + dir + "', or set MAS_DATA_DIR to a directory under one it can reach.";
    }

    private static void chown(Path path, String account) throws IOException {
        UserPrincipal owner;
        try {
            owner = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(account);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("The account '" + account + "' set by MAS_EMBEDDED_PG_USER does not exist.", e);
        }
        Files.setOwner(path, owner);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Whether this process started the server, rather than attached to one another process runs. */
    public boolean startedHere() {
        return startedHere;
    }

    /**
     * Leaves the server: gives up this process's lease and, when no other live process holds one,
     * stops it (fast shutdown: open sessions are ended, committed data is on disk).
     */
    @Override
    public synchronized void close() {
        if (left) {
            return;
        }
        left = true;
        Duration wait = launchWait.compareTo(LEAVE_WAIT) < 0 ? launchWait : LEAVE_WAIT;
        try (LaunchLock ignored = LaunchLock.acquire(root, wait)) {
            lease.release();
            if (ServerLease.othersLive(root, null)) {
                LOG.info("Left the embedded PostgreSQL running for the other processes on {}", root);
                return;
            }
            stop();
        } catch (DataDirectoryInUseException busy) {
            lease.release();
            LOG.warn("Left the embedded PostgreSQL without stopping it: {}", busy.getMessage());
        }
    }

    private void stop() {
        try {
            Files.deleteIfExists(root.resolve(PORT_FILE));
        } catch (IOException ignored) {
            // a stale port file is harmless: it is only read while a live lease exists
        }
        Result result = new Runner(binaries, runAs).run(Duration.ofSeconds(60),
                "pg_ctl", "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w");
        if (result.exitCode() != 0) {
            LOG.warn("pg_ctl stop reported: {} (log: {})", result.output().strip(), logFile);
        } else {
            LOG.info("Embedded PostgreSQL stopped");
        }
    }

    /**
     * Lets the lease lapse but leaves the server running, as a process killed with SIGKILL would;
     * tests use it to prove the next launcher copes with the orphan.
     */
    synchronized void releaseLockOnlyForTests() {
        left = true;
        lease.lapseForTests();
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs a PostgreSQL program, as the unprivileged account when we are root. */
    private static final class Runner {
        private final Path binaries;
        private final String runAs;

        Runner(Path binaries, String runAs) {
            this.binaries = binaries;
            this.runAs = runAs;
        }

        Result run(Duration timeout, String program, String... args) {
            List<String> command = new ArrayList<>();
            if (runAs != null) {
                command.addAll(List.of("runuser", "-u", runAs, "--"));
            }
            command.add(binaries.resolve("bin").resolve(program).toString());
            command.addAll(List.of(args));
            try {
                Path output = Files.createTempFile("mas-pg-", ".out");
                try {
                    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                            .redirectOutput(output.toFile());
                    builder.environment().put("LC_ALL", "C");
                    builder.environment().remove("PGDATA");
                    Process process = builder.start();
                    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                        process.destroyForcibly();
                        return new Result(-1, program + " did not finish within " + timeout.toSeconds() + " s");
                    }
                    return new Result(process.exitValue(), Files.readString(output));
                } finally {
                    Files.deleteIfExists(output);
                }
            } catch (IOException e) {
                String hint = runAs != null ? " (is 'runuser' installed?)" : "";
                throw new EmbeddedPostgresException("Cannot run " + program + hint + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddedPostgresException("Interrupted while running " + program, e);
            }
        }
    }
}
