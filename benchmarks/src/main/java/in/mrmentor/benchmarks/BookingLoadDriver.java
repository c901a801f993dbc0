package in.mrmentor.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.bootstrap.MasServer;
import in.mrmentor.bootstrap.SettingsReader;
import in.mrmentor.bootstrap.identity.IdentityModule;
import in.mrmentor.bootstrap.slot.SlotModule;
import in.mrmentor.bootstrap.token.TokenModule;
import in.mrmentor.identity.CreateUser;
import in.mrmentor.identity.Role;
import in.mrmentor.persistence.embedded.EmbeddedPostgres;
import in.mrmentor.slot.UpdateMentorProfile;
import in.mrmentor.token.GrantTokens;
import in.mrmentor.token.Wallet;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.HdrHistogram.Histogram;

import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Books distinct slots with N concurrent clients over HTTP ({@code POST /api/slots/{id}/book}), then
 * runs the core of the same booking transaction over plain JDBC with N connections as the baseline,
 * and prints bookings/s, p50 and p99 of both and their ratio. Afterwards it checks that no slot was
 * paid for by two students and that the token ledger audits clean.
 *
 * <p>It starts its own embedded PostgreSQL and the MAS server in this JVM (the numbers then include
 * the load driver sharing the CPU with the server, as on a single 2-core box).
 *
 * <p>Arguments: {@code [clients=32] [bookingsPerPhase=2000]}.
 */
public final class BookingLoadDriver {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_EMAIL = "bench-admin@example.com";
    private static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final long TOKEN_COST = 1;
    private static final int WARM_UP = 1000;

    record Student(UUID id, String accessToken) {
    }

    private record Result(String name, int ok, int failed, long[] latenciesNanos, long wallNanos, CpuMeter.Usage cpu,
                          List<Map.Entry<String, Double>> threads) {
        double perSecond() {
            return ok / (wallNanos / 1e9);
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return 0;
            }
            int index = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, index)] / 1e6;
        }
    }

    /** Options: {@code --clients N --bookings N --jfr path} (the two numbers may also come bare, as before). */
    private record Options(int clients, int bookings, Path jfr) {
        static Options parse(String[] args) {
            int clients = 32;
            int bookings = 2000;
            Path jfr = null;
            List<Integer> bare = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--clients" -> clients = Integer.parseInt(args[++i]);
                    case "--bookings" -> bookings = Integer.parseInt(args[++i]);
                    case "--jfr" -> jfr = Path.of(args[++i]);
                    default -> bare.add(Integer.parseInt(args[i]));
                }
            }
            if (!bare.isEmpty()) {
                clients = bare.get(0);
            }
            if (bare.size() > 1) {
                bookings = bare.get(1);
            }
            return new Options(clients, bookings, jfr);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        CountingJdbc.install();
        Path root = Files.createTempDirectory("mas-bench-");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(EmbeddedPostgres.Options.at(root.resolve("pg"))
                .withServerSettings(List.of("max_connections=200")))) {
            try (Connection admin = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password())) {
                admin.createStatement().execute("CREATE DATABASE bench");
            }
            String jdbcUrl = pg.jdbcUrl("bench");
            database = new String[]{jdbcUrl, pg.user(), pg.password()};
            cpu = new CpuMeter(pg.dataDirectory());
            try (MasServer app = MasServer.start(SettingsReader.read(Map.of(
                    "MAS_DATA_DIR", root.resolve("data").toString(), "PORT", "0", "HOST", "127.0.0.1",
                    "DATABASE_URL", "postgres://" + pg.user() + ":" + pg.password() + "@127.0.0.1:" + pg.port() + "/bench",
                    "DB_POOL_SIZE", Integer.toString(Math.max(10, options.clients())),
                    "ADMIN_EMAIL", ADMIN_EMAIL, "ADMIN_PASSWORD", ADMIN_PASSWORD,
                    // Every student signs in from 127.0.0.1: the per-address sign-in limit would refuse most.
                    "AUTH_IP_MAX_PER_MINUTE", "100000",
                    "LOG_FORMAT", "text")))) {
                run(app, jdbcUrl, pg.user(), pg.password(), options);
            }
        }
    }

    private static void run(MasServer app, String jdbcUrl, String user, String password, Options options)
            throws Exception {
        int clients = options.clients();
        int bookings = options.bookings();
        System.out.printf("Setting up: %d students, 2 x %d slots ...%n", clients, bookings);
        var operator = new UUID(0, 0);
        UUID httpMentor = mentor(app, "bench-mentor-http@example.com");
        UUID jdbcMentor = mentor(app, "bench-mentor-jdbc@example.com");
        UUID openMentor = mentor(app, "bench-mentor-open@example.com");
        List<UUID> httpSlots = slots(app, httpMentor, 0, bookings);
        List<UUID> jdbcSlots = slots(app, jdbcMentor, 0, bookings);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + app.port();
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String email = "bench-student-" + i + "@example.com";
            UUID id = app.module(IdentityModule.class).createUser.create(Role.SUPERADMIN,
                    new CreateUser.Command(email, "bench-student-pass", "Bench Student " + i, Role.USER, null)).id();
            app.module(TokenModule.class).grantTokens.grant(operator,
                    new GrantTokens.Command(id, Wallet.TOKEN, (long) bookings * 6 * TOKEN_COST, "benchmark"));
            var login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
                            + "\",\"password\":\"bench-student-pass\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                throw new IllegalStateException("student " + i + " could not sign in: " + login.statusCode() + " " + login.body());
            }
            students.add(new Student(id, JSON.readTree(login.body()).path("accessToken").asText()));
        }

        // Warm-up, so the JIT and the pools are ready before anything is timed: 1,000 bookings per path
        // (with 200, C2 was still compiling the request path during the timed HTTP phase, about
        // 1 ms of CPU per booking on the 2 cores the phase shares).
        var warmHttp = slots(app, httpMentor, bookings, WARM_UP);
        var warmJdbc = slots(app, jdbcMentor, bookings, WARM_UP);
        Result warm1 = phase("warm-up http", clients, warmHttp, students, (s, slot) -> bookOverHttp(http, base, s, slot));
        MailShape mail = MailShape.of(jdbcUrl, user, password);
        var jdbc = new HonestBaseline(jdbcUrl, user, password, mail);
        Result warm2 = phase("warm-up jdbc", clients, warmJdbc, students, jdbc::book);

        var beforeHttp = CountingJdbc.snapshot();
        Recording recording = options.jfr() == null ? null : startRecording();
        Result overHttp = phase("HTTP", clients, httpSlots, students, (s, slot) -> bookOverHttp(http, base, s, slot));
        if (recording != null) {
            recording.stop();
            Files.createDirectories(options.jfr().toAbsolutePath().getParent());
            recording.dump(options.jfr());
            recording.close();
        }
        var httpCounts = CountingJdbc.snapshot().minus(beforeHttp);
        var beforeJdbc = CountingJdbc.snapshot();
        Result overJdbc = phase("plain JDBC", clients, jdbcSlots, students, jdbc::book);
        var jdbcCounts = CountingJdbc.snapshot().minus(beforeJdbc);

        System.out.println();
        System.out.printf("%-11s %8s %8s %12s %9s %9s%n", "path", "ok", "failed", "bookings/s", "p50 ms", "p99 ms");
        for (Result r : List.of(overHttp, overJdbc)) {
            System.out.printf("%-11s %8d %8d %12.1f %9.2f %9.2f%n", r.name(), r.ok(), r.failed(), r.perSecond(),
                    r.percentileMillis(0.50), r.percentileMillis(0.99));
        }
        for (Result r : List.of(overHttp, overJdbc)) {
            System.out.printf("%-11s %s%n", r.name(), r.cpu().describe());
            System.out.print("            JVM threads (ms per booking):");
            r.threads().stream().limit(10).forEach(e -> System.out.printf(" %s %.2f;", e.getKey(), e.getValue()));
            System.out.println();
        }
        double ratio = overHttp.perSecond() / overJdbc.perSecond();
        System.out.printf("HTTP / JDBC throughput ratio: %.2f (clients=%d, bookings per phase=%d, cores=%d)%n",
                ratio, clients, bookings, Runtime.getRuntime().availableProcessors());

        // Statements counted at the JDBC driver, per thread group: the request threads of the server
        // for the HTTP path, the baseline's client threads for the baseline.
        String requestGroup = requestThreads(httpCounts);
        double httpStatements = (double) httpCounts.statements(requestGroup) / overHttp.ok();
        double httpCommits = (double) httpCounts.commits(requestGroup) / overHttp.ok();
        double jdbcStatements = (double) jdbcCounts.statements("booking-client") / overJdbc.ok();
        double jdbcCommits = (double) jdbcCounts.commits("booking-client") / overJdbc.ok();
        System.out.printf("Statements per booking: HTTP %.2f (%.2f commits, threads '%s'), baseline %.2f (%.2f commits)%n",
                httpStatements, httpCommits, requestGroup, jdbcStatements, jdbcCommits);
        System.out.println("  HTTP path, per booking:");
        for (var e : httpCounts.texts(requestGroup)) {
            System.out.printf("    %5.2f  %s%n", (double) e.getValue() / overHttp.ok(), e.getKey().replaceAll("\\s+", " "));
        }
        System.out.println("  baseline, per booking:");
        for (var e : jdbcCounts.texts("booking-client")) {
            System.out.printf("    %5.2f  %s%n", (double) e.getValue() / overJdbc.ok(), e.getKey().replaceAll("\\s+", " "));
        }
        System.out.println("  other threads during the HTTP phase (statements per booking):");
        httpCounts.statements().entrySet().stream().filter(e -> !e.getKey().equals(requestGroup) && e.getValue() > 0)
                .forEach(e -> System.out.printf("    %5.2f  %s%n", (double) e.getValue() / overHttp.ok(), e.getKey()));

        // Open loop: a fixed arrival rate, latency from the intended send time.
        double maxRate = overHttp.perSecond();
        // Each rate runs for about 20 seconds (at least 200, at most --bookings requests).
        int at50Count = (int) Math.max(200, Math.min(bookings, maxRate * 0.5 * 20));
        int at80Count = (int) Math.max(200, Math.min(bookings, maxRate * 0.8 * 20));
        OpenLoop at50 = openLoop(app, openMentor, 0, http, base, students, maxRate * 0.5, at50Count);
        OpenLoop at80 = openLoop(app, openMentor, at50Count, http, base, students, maxRate * 0.8, at80Count);

        int openOk = at50.ok() + at80.ok();
        verify(jdbcUrl, user, password, overHttp.ok() + overJdbc.ok() + warm1.ok() + warm2.ok() + openOk);
        var audit = app.module(TokenModule.class).auditLedger.audit();
        System.out.printf("Ledger audit: %s (%d accounts)%n", audit.healthy() ? "OK" : "PROBLEMS " + audit.mismatches(),
                audit.accountsChecked());
        if (!audit.healthy()) {
            throw new IllegalStateException("the ledger does not audit clean");
        }
        // Every slot is distinct and every student can pay: a refused booking means the figures are not of bookings.
        int refused = overHttp.failed() + overJdbc.failed() + at50.failed() + at80.failed();
        if (refused > 0) {
            throw new IllegalStateException(refused + " bookings were refused (see stderr): the run does not count");
        }
        if (options.jfr() != null) {
            summariseProfile(options.jfr());
        }
        System.out.printf("Process RSS after the run (server, embedded PostgreSQL excluded, load driver included): %d MB%n",
                rssKb() / 1024);
        System.out.printf("booking ratio=%.2f http_rps=%.1f jdbc_rps=%.1f http_p99_ms=%.1f statements_per_booking=%.2f "
                        + "baseline_statements_per_booking=%.2f open_p99_ms_at_50pct=%.1f open_p50_ms_at_50pct=%.1f "
                        + "open_p999_ms_at_50pct=%.1f open_p99_ms_at_80pct=%.1f open_p999_ms_at_80pct=%.1f "
                        + "transactions_per_booking=%.2f http_server_cpu_ms=%.2f http_pg_cpu_ms=%.2f "
                        + "jdbc_pg_cpu_ms=%.2f checks=clean%n",
                ratio, overHttp.perSecond(), overJdbc.perSecond(), overHttp.percentileMillis(0.99), httpStatements,
                jdbcStatements, at50.millis(99), at50.millis(50), at50.millis(99.9), at80.millis(99), at80.millis(99.9),
                httpCommits, overHttp.cpu().serverPerBooking(), overHttp.cpu().postgresPerBooking(),
                overJdbc.cpu().postgresPerBooking());
    }

    /** The server's request threads: the thread group that ran the most statements during the HTTP phase. */
    private static String requestThreads(CountingJdbc.Snapshot counts) {
        return counts.statements().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("booking-client"))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("(none)");
    }

    private record OpenLoop(double rate, int ok, int failed, Histogram histogram) {
        double millis(double percentile) {
            return histogram.getValueAtPercentile(percentile) / 1e6;
        }
    }

    /**
     * Offers {@code count} bookings at a fixed rate whatever the answers do (the requests are sent
     * asynchronously on schedule); each latency runs from the request's intended send time to its
     * answer, so a stall is charged to every request it delays (no coordinated omission).
     */
    private static OpenLoop openLoop(MasServer app, UUID mentor, int offset, HttpClient http, String base,
                                     List<Student> students, double rate, int count) throws Exception {
        List<UUID> slots = slots(app, mentor, offset, count);
        var histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        var ok = new AtomicInteger();
        var failed = new AtomicInteger();
        long interval = (long) (1e9 / rate);
        List<CompletableFuture<?>> pending = new ArrayList<>(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long intended = start + i * interval;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            Student student = students.get(i % students.size());
            var request = HttpRequest.newBuilder(URI.create(base + "/api/slots/" + slots.get(i) + "/book"))
                    .header("Authorization", "Bearer " + student.accessToken())
                    .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long latency = System.nanoTime() - intended;
                synchronized (histogram) {
                    histogram.recordValue(Math.min(latency, histogram.getHighestTrackableValue()));
                }
                boolean booked = error == null && response.statusCode() == 200
                        && response.body().contains("\"CONFIRMED\"");
                (booked ? ok : failed).incrementAndGet();
                if (!booked) {
                    System.err.println("open-loop booking failed: " + (error != null ? error : response.body()));
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        long wall = System.nanoTime() - start;
        var result = new OpenLoop(rate, ok.get(), failed.get(), histogram);
        System.out.printf("open loop at %.1f/s offered (%.1f/s done): ok %d failed %d, p50 %.2f ms, p99 %.2f ms, "
                        + "p99.9 %.2f ms, max %.2f ms%n", rate, ok.get() / (wall / 1e9), ok.get(), failed.get(),
                result.millis(50), result.millis(99), result.millis(99.9), histogram.getMaxValue() / 1e6);
        return result;
    }

    private static Recording startRecording() throws Exception {
        // CPU samples only: the "profile" settings (and Jdbi's per-statement events with their
        // parameters) would slow the HTTP phase the recording watches, and only that phase.
        var recording = new Recording();
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.start();
        return recording;
    }

    /** Top frames of the server's CPU samples (the load driver's own threads left out). */
    private static void summariseProfile(Path jfr) throws Exception {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> firstOwn = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            String thread = event.getThread("sampledThread") == null ? "" : event.getThread("sampledThread").getJavaName();
            if (thread == null || thread.startsWith("booking-client") || thread.startsWith("HttpClient")) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            top.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("in.mrmentor")).findFirst()
                    .ifPresent(f -> firstOwn.merge(name(f), 1, Integer::sum));
        }
        System.out.printf("CPU profile of the server during the HTTP phase (%s, %d samples):%n", jfr, samples);
        System.out.println("  top frames (self):");
        print(top, samples, 15);
        System.out.println("  innermost MAS frame on the stack:");
        print(firstOwn, samples, 15);
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf("    %5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }

    private static UUID mentor(MasServer app, String email) {
        UUID mentor = app.module(IdentityModule.class).createUser.create(Role.SUPERADMIN,
                new CreateUser.Command(email, "bench-mentor-pass", "Bench Mentor", Role.EXPERT, null)).id();
        app.module(SlotModule.class).updateMentorProfile.update(mentor,
                new UpdateMentorProfile.Command("benchmark", List.of("load"), TOKEN_COST, 1000L));
        return mentor;
    }

    private static String[] database;
    private static CpuMeter cpu;

    /**
     * Back-to-back 30-minute slots starting {@code offsetSlots} half-hours after tomorrow's first hour,
     * the mentor's price, open (TENTATIVE): rows as {@code OfferSlot} writes them, inserted in one
     * statement so the setup of a run takes seconds, not minutes.
     */
    private static List<UUID> slots(MasServer app, UUID mentor, int offsetSlots, int count) {
        Instant first = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(1))
                .plus(Duration.ofMinutes(30L * offsetSlots));
        List<UUID> ids = new ArrayList<>(count);
        try (Connection c = DriverManager.getConnection(database[0], database[1], database[2]);
             var insert = c.prepareStatement("INSERT INTO slots (id, mentor_id, start_at, end_at, token_cost, status, "
                     + "created_at) SELECT gen_random_uuid(), ?, ?::timestamptz + make_interval(mins => 30 * i), "
                     + "?::timestamptz + make_interval(mins => 30 * i + 30), ?, 'TENTATIVE', now() "
                     + "FROM generate_series(0, ? - 1) AS i ORDER BY i RETURNING id")) {
            insert.setObject(1, mentor);
            insert.setObject(2, java.time.OffsetDateTime.ofInstant(first, java.time.ZoneOffset.UTC));
            insert.setObject(3, java.time.OffsetDateTime.ofInstant(first, java.time.ZoneOffset.UTC));
            insert.setLong(4, TOKEN_COST);
            insert.setInt(5, count);
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** One phase: {@code clients} threads, each booking the next free slot id as its own student. */
    private static Result phase(String name, int clients, List<UUID> slots, List<Student> students,
                                BiFunction<Student, UUID, Boolean> booker) throws InterruptedException {
        var queue = new ConcurrentLinkedQueue<>(slots);
        var ok = new AtomicInteger();
        var failed = new AtomicInteger();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        var go = new CountDownLatch(1);
        var clientCpu = new java.util.concurrent.atomic.AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[c] = new long[slots.size()];
            Student student = students.get(c);
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                UUID slot;
                long cpuAtStart = CpuMeter.threadCpuNanos();
                while ((slot = queue.poll()) != null) {
                    long start = System.nanoTime();
                    boolean booked = booker.apply(student, slot);
                    latencies[client][counts[client]++] = System.nanoTime() - start;
                    (booked ? ok : failed).incrementAndGet();
                }
                clientCpu.addAndGet(CpuMeter.threadCpuNanos() - cpuAtStart);
            }, "booking-client-" + c);
            thread.start();
            threads.add(thread);
        }
        var cpuBefore = cpu.sample();
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - start;
        var cpuAfter = cpu.sample();
        var usage = CpuMeter.between(cpuBefore, cpuAfter, clientCpu.get(), ok.get() + failed.get());
        var threadUse = CpuMeter.threadsBetween(cpuBefore, cpuAfter, ok.get() + failed.get());
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(name, ok.get(), failed.get(), all, wall, usage, threadUse);
    }

    /**
     * One booking over a blocking, keep-alive {@code HttpURLConnection}: the lightest client the JDK
     * has (no selector or executor threads), since the driver shares the CPU with the server and its
     * own cost would otherwise be charged to the HTTP path.
     */
    private static boolean bookOverHttp(HttpClient unused, String base, Student student, UUID slot) {
        try {
            var connection = (HttpURLConnection) URI.create(base + "/api/slots/" + slot + "/book").toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Authorization", "Bearer " + student.accessToken());
            connection.setRequestProperty("Idempotency-Key", "bench-" + UUID.randomUUID());
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(0);
            connection.getOutputStream().close();
            int status = connection.getResponseCode();
            String body;
            try (var in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                body = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (status != 200) {
                System.err.println("HTTP booking failed: " + status + " " + body);
                return false;
            }
            return body.contains("\"status\":\"CONFIRMED\"");
        } catch (Exception e) {
            System.err.println("HTTP booking failed: " + e);
            return false;
        }
    }

    /** No slot paid for by two students; every confirmed slot has exactly one token usage. */
    private static void verify(String url, String user, String password, int expectedConfirmed) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT reference FROM token_entries "
                    + "WHERE kind = 'BOOKING' AND user_id IS NOT NULL GROUP BY reference "
                    + "HAVING count(DISTINCT user_id) > 1) doubled")) {
                rs.next();
                long doubled = rs.getLong(1);
                System.out.printf("Slots paid for by more than one student: %d%n", doubled);
                if (doubled != 0) {
                    throw new IllegalStateException("a slot was double-booked");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM slots WHERE status = 'CONFIRMED'), "
                    + "(SELECT count(*) FROM token_usage), (SELECT count(*) FROM slots s JOIN token_usage u "
                    + "ON u.slot_id = s.id AND u.student_id = s.student_id)")) {
                rs.next();
                System.out.printf("Confirmed slots: %d (expected %d), token usages: %d, matching student: %d%n",
                        rs.getLong(1), expectedConfirmed, rs.getLong(2), rs.getLong(3));
                if (rs.getLong(1) != expectedConfirmed || rs.getLong(2) != expectedConfirmed
                        || rs.getLong(3) != expectedConfirmed) {
                    throw new IllegalStateException("bookings and token usages disagree");
                }
            }
        }
    }
}
