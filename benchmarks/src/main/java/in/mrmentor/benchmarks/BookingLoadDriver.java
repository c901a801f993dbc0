package in.mrmentor.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.bootstrap.MasServer;
import in.mrmentor.bootstrap.SettingsReader;
import in.mrmentor.bootstrap.identity.IdentityModule;
import in.mrmentor.bootstrap.slot.SlotModule;
import in.mrmentor.bootstrap.token.TokenModule;
import in.mrmentor.identity.CreateUser;
import in.mrmentor.identity.Role;
import in.mrmentor.persistence.embedded.EmbeddedPostgres;
import in.mrmentor.slot.OfferSlot;
import in.mrmentor.slot.UpdateMentorProfile;
import in.mrmentor.token.GrantTokens;
import in.mrmentor.token.Wallet;

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
import java.util.Map;
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

    private record Student(UUID id, String accessToken) {
    }

    private record Result(String name, int ok, int failed, long[] latenciesNanos, long wallNanos) {
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

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int bookings = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path root = Files.createTempDirectory("mas-bench-");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(EmbeddedPostgres.Options.at(root.resolve("pg"))
                .withServerSettings(List.of("max_connections=200")))) {
            try (Connection admin = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password())) {
                admin.createStatement().execute("CREATE DATABASE bench");
            }
            String jdbcUrl = pg.jdbcUrl("bench");
            try (MasServer app = MasServer.start(SettingsReader.read(Map.of(
                    "MAS_DATA_DIR", root.resolve("data").toString(), "PORT", "0", "HOST", "127.0.0.1",
                    "DATABASE_URL", "postgres://" + pg.user() + ":" + pg.password() + "@127.0.0.1:" + pg.port() + "/bench",
                    "DB_POOL_SIZE", Integer.toString(Math.max(10, clients)),
                    "ADMIN_EMAIL", ADMIN_EMAIL, "ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "LOG_FORMAT", "text")))) {
                run(app, jdbcUrl, pg.user(), pg.password(), clients, bookings);
            }
        }
    }

    private static void run(MasServer app, String jdbcUrl, String user, String password, int clients, int bookings)
            throws Exception {
        System.out.printf("Setting up: %d students, 2 x %d slots ...%n", clients, bookings);
        var operator = new UUID(0, 0);
        UUID httpMentor = mentor(app, "bench-mentor-http@example.com");
        UUID jdbcMentor = mentor(app, "bench-mentor-jdbc@example.com");
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
                    new GrantTokens.Command(id, Wallet.TOKEN, (long) bookings * 2 * TOKEN_COST, "benchmark"));
            var login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
                            + "\",\"password\":\"bench-student-pass\"}")).build(), HttpResponse.BodyHandlers.ofString());
            students.add(new Student(id, JSON.readTree(login.body()).path("accessToken").asText()));
        }

        // Warm-up, so the JIT and the pools are ready before anything is timed.
        var warmHttp = slots(app, httpMentor, bookings, 200);
        var warmJdbc = slots(app, jdbcMentor, bookings, 200);
        Result warm1 = phase("warm-up http", clients, warmHttp, students, (s, slot) -> bookOverHttp(http, base, s, slot));
        Result warm2 = phase("warm-up jdbc", clients, warmJdbc, students, jdbcBooker(jdbcUrl, user, password, clients));

        Result overHttp = phase("HTTP", clients, httpSlots, students, (s, slot) -> bookOverHttp(http, base, s, slot));
        Result overJdbc = phase("plain JDBC", clients, jdbcSlots, students, jdbcBooker(jdbcUrl, user, password, clients));

        System.out.println();
        System.out.printf("%-11s %8s %8s %12s %9s %9s%n", "path", "ok", "failed", "bookings/s", "p50 ms", "p99 ms");
        for (Result r : List.of(overHttp, overJdbc)) {
            System.out.printf("%-11s %8d %8d %12.1f %9.2f %9.2f%n", r.name(), r.ok(), r.failed(), r.perSecond(),
                    r.percentileMillis(0.50), r.percentileMillis(0.99));
        }
        System.out.printf("HTTP / JDBC throughput ratio: %.2f (clients=%d, bookings per phase=%d, cores=%d)%n",
                overHttp.perSecond() / overJdbc.perSecond(), clients, bookings,
                Runtime.getRuntime().availableProcessors());

        verify(jdbcUrl, user, password, overHttp.ok() + overJdbc.ok() + warm1.ok() + warm2.ok());
        var audit = app.module(TokenModule.class).auditLedger.audit();
        System.out.printf("Ledger audit: %s (%d accounts)%n", audit.healthy() ? "OK" : "PROBLEMS " + audit.mismatches(),
                audit.accountsChecked());
        if (!audit.healthy()) {
            throw new IllegalStateException("the ledger does not audit clean");
        }
    }

    private static UUID mentor(MasServer app, String email) {
        UUID mentor = app.module(IdentityModule.class).createUser.create(Role.SUPERADMIN,
                new CreateUser.Command(email, "bench-mentor-pass", "Bench Mentor", Role.EXPERT, null)).id();
        app.module(SlotModule.class).updateMentorProfile.update(mentor,
                new UpdateMentorProfile.Command("benchmark", List.of("load"), TOKEN_COST, 1000L));
        return mentor;
    }

    /** Back-to-back 30-minute slots starting {@code offsetSlots} half-hours after tomorrow's first hour. */
    private static List<UUID> slots(MasServer app, UUID mentor, int offsetSlots, int count) {
        Instant first = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(1))
                .plus(Duration.ofMinutes(30L * offsetSlots));
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(app.module(SlotModule.class).offerSlot.offer(mentor,
                    new OfferSlot.Command(first.plus(Duration.ofMinutes(30L * i)), null)).id());
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
                while ((slot = queue.poll()) != null) {
                    long start = System.nanoTime();
                    boolean booked = booker.apply(student, slot);
                    latencies[client][counts[client]++] = System.nanoTime() - start;
                    (booked ? ok : failed).incrementAndGet();
                }
            }, "booking-client-" + c);
            thread.start();
            threads.add(thread);
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - start;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(name, ok.get(), failed.get(), all, wall);
    }

    private static boolean bookOverHttp(HttpClient http, String base, Student student, UUID slot) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/slots/" + slot + "/book"))
                    .header("Authorization", "Bearer " + student.accessToken())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                System.err.println("HTTP booking failed: " + response.statusCode() + " " + response.body());
                return false;
            }
            JsonNode body = JSON.readTree(response.body());
            return "CONFIRMED".equals(body.path("status").asText());
        } catch (Exception e) {
            System.err.println("HTTP booking failed: " + e);
            return false;
        }
    }

    /**
     * The baseline: the booking's core in hand-written JDBC, one connection per client thread. It
     * claims the slot, locks the student's balances, writes the transfer with its two entries,
     * updates the balance and records the token usage. It leaves out what the HTTP path adds around
     * that core: authentication, JSON, the idempotency wrapper, the participant look-ups and the two
     * confirmation mails (outbox rows and their delivery jobs).
     */
    private static BiFunction<Student, UUID, Boolean> jdbcBooker(String url, String user, String password, int clients) {
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = DriverManager.getConnection(url, user, password);
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return (student, slot) -> {
            Connection c = connections.get();
            try {
                boolean booked = bookOverJdbc(c, student.id(), slot);
                c.commit();
                return booked;
            } catch (SQLException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the connection is broken; the next call fails loudly
                }
                System.err.println("JDBC booking failed: " + e);
                return false;
            }
        };
    }

    private static boolean bookOverJdbc(Connection c, UUID student, UUID slot) throws SQLException {
        long cost;
        try (var claim = c.prepareStatement("UPDATE slots SET student_id = ?, status = 'CONFIRMED', "
                + "updated_at = now() WHERE id = ? AND status = 'TENTATIVE' "
                + "AND student_id IS NULL AND start_at > now() RETURNING token_cost")) {
            claim.setObject(1, student);
            claim.setObject(2, slot);
            try (ResultSet rs = claim.executeQuery()) {
                if (!rs.next()) {
                    c.rollback();
                    return false;
                }
                cost = rs.getLong(1);
            }
        }
        long promotional = 0;
        long token = 0;
        try (var lock = c.prepareStatement("SELECT wallet, balance FROM token_balances WHERE user_id = ? "
                + "ORDER BY wallet FOR UPDATE")) {
            lock.setObject(1, student);
            try (ResultSet rs = lock.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("PROMOTIONAL_TOKEN")) {
                        promotional = rs.getLong(2);
                    } else if (rs.getString(1).equals("TOKEN")) {
                        token = rs.getLong(2);
                    }
                }
            }
        }
        long fromPromotional = Math.min(cost, promotional);
        long fromToken = cost - fromPromotional;
        if (fromToken > token) {
            c.rollback();
            return false;
        }
        String reference = "slot:" + slot;
        if (fromPromotional > 0) {
            spend(c, student, "PROMOTIONAL_TOKEN", "promotionalToken", fromPromotional, promotional, reference);
        }
        if (fromToken > 0) {
            spend(c, student, "TOKEN", "token", fromToken, token, reference);
        }
        try (var usage = c.prepareStatement("INSERT INTO token_usage (slot_id, student_id, promotional, paid, at) "
                + "VALUES (?, ?, ?, ?, now())")) {
            usage.setObject(1, slot);
            usage.setObject(2, student);
            usage.setLong(3, fromPromotional);
            usage.setLong(4, fromToken);
            usage.executeUpdate();
        }
        return true;
    }

    private static void spend(Connection c, UUID student, String wallet, String apiName, long amount, long before,
                              String reference) throws SQLException {
        UUID transfer = UUID.randomUUID();
        String account = "user:" + student + ":" + apiName;
        try (var insert = c.prepareStatement("INSERT INTO token_transfers (id, at, kind, reference, from_account, "
                + "to_account, amount) VALUES (?, now(), 'BOOKING', ?, ?, 'system:spend', ?)")) {
            insert.setObject(1, transfer);
            insert.setString(2, reference);
            insert.setString(3, account);
            insert.setLong(4, amount);
            insert.executeUpdate();
        }
        try (var legs = c.prepareStatement("INSERT INTO token_entries (id, transfer_id, account, user_id, wallet, "
                + "delta, balance_after, at, kind, reference) VALUES (?, ?, ?, ?, ?, ?, ?, now(), 'BOOKING', ?), "
                + "(?, ?, 'system:spend', NULL, NULL, ?, NULL, now(), 'BOOKING', ?)")) {
            legs.setObject(1, UUID.randomUUID());
            legs.setObject(2, transfer);
            legs.setString(3, account);
            legs.setObject(4, student);
            legs.setString(5, wallet);
            legs.setLong(6, -amount);
            legs.setLong(7, before - amount);
            legs.setString(8, reference);
            legs.setObject(9, UUID.randomUUID());
            legs.setObject(10, transfer);
            legs.setLong(11, amount);
            legs.setString(12, reference);
            legs.executeUpdate();
        }
        try (var update = c.prepareStatement("UPDATE token_balances SET balance = ?, updated_at = now() "
                + "WHERE user_id = ? AND wallet = ?")) {
            update.setLong(1, before - amount);
            update.setObject(2, student);
            update.setString(3, wallet);
            update.executeUpdate();
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
