package in.mrmentor.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.bootstrap.MasServer;
import in.mrmentor.bootstrap.SettingsReader;
import in.mrmentor.bootstrap.invoice.InvoiceModule;
import in.mrmentor.persistence.embedded.EmbeddedPostgres;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issues invoices over HTTP ({@code POST /api/finance/invoices}) with N concurrent clients across the
 * five series MAS101, MAS102, PAP, AERO and DRO (round robin), and prints invoices/s, p50 and p99. The
 * PDFs are rendered and mailed by the server's {@code invoicePdf} workers in the background meanwhile;
 * the driver then waits for every PDF, reports how long that took, and checks that every series is
 * gapless and every invoice recomputes (the same check as {@code mas audit invoices}).
 *
 * <p>Arguments: {@code [clients=32] [invoices=10000]}.
 */
public final class InvoiceLoadDriver {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_EMAIL = "bench-admin@example.com";
    private static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final List<String> SERIES = List.of("MAS101", "MAS102", "PAP", "AERO", "DRO");

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int invoices = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path root = Files.createTempDirectory("mas-bench-invoices-");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(EmbeddedPostgres.Options.at(root.resolve("pg"))
                .withServerSettings(List.of("max_connections=200")))) {
            try (Connection admin = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password())) {
                admin.createStatement().execute("CREATE DATABASE bench");
            }
            try (MasServer app = MasServer.start(SettingsReader.read(Map.of(
                    "MAS_DATA_DIR", root.resolve("data").toString(), "PORT", "0", "HOST", "127.0.0.1",
                    "DATABASE_URL", "postgres://" + pg.user() + ":" + pg.password() + "@127.0.0.1:" + pg.port() + "/bench",
                    "DB_POOL_SIZE", Integer.toString(Math.max(10, clients)),
                    "ADMIN_EMAIL", ADMIN_EMAIL, "ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "GLOBAL_INVOICE_SUPPLIER_GSTIN", "27AAPFU0939F1ZV",
                    "LOG_FORMAT", "text")))) {
                run(app, pg.jdbcUrl("bench"), pg.user(), pg.password(), clients, invoices);
            }
        }
    }

    private static void run(MasServer app, String jdbcUrl, String user, String password, int clients, int invoices)
            throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + app.port();
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\""
                        + ADMIN_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        String token = JSON.readTree(login.body()).path("accessToken").asText();

        // 200 warm-up invoices ready the JIT and the pools; they take numbers too and are part of the gapless check.
        phase(http, base, token, clients, 200);
        long renderStart = System.nanoTime();
        var result = phase(http, base, token, clients, invoices);

        long[] sorted = result.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.println();
        System.out.printf("%8s %8s %12s %9s %9s%n", "ok", "failed", "invoices/s", "p50 ms", "p99 ms");
        System.out.printf("%8d %8d %12.1f %9.2f %9.2f%n", result.ok.get(), result.failed.get(),
                result.ok.get() / (result.wallNanos / 1e9), percentile(sorted, 0.50), percentile(sorted, 0.99));
        System.out.printf("(clients=%d, invoices=%d, series=%s, cores=%d)%n", clients, invoices, SERIES,
                Runtime.getRuntime().availableProcessors());

        // A refused invoice means the figures are not of invoices, and its PDF would be waited for in vain.
        if (result.failed.get() > 0) {
            throw new IllegalStateException(result.failed.get() + " invoices were refused (see stderr): the run does not count");
        }
        int total = invoices + 200;
        long deadline = System.nanoTime() + 600_000_000_000L;
        long rendered;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            do {
                Thread.sleep(1000);
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM superadmin.invoice_documents")) {
                    rs.next();
                    rendered = rs.getLong(1);
                }
            } while (rendered < total && System.nanoTime() < deadline);
            System.out.printf("PDFs rendered and mailed in the background: %d of %d, %.1f s after the timed phase began%n",
                    rendered, total, (System.nanoTime() - renderStart) / 1e9);
            try (ResultSet rs = c.createStatement().executeQuery("SELECT prefix, count(*), min(seq), max(seq) "
                    + "FROM superadmin.tax_invoices GROUP BY prefix ORDER BY prefix")) {
                while (rs.next()) {
                    System.out.printf("series %-6s %6d invoices, numbers %d..%d%n", rs.getString(1), rs.getLong(2),
                            rs.getLong(3), rs.getLong(4));
                }
            }
        }
        var audit = app.module(InvoiceModule.class).auditInvoices.audit();
        System.out.printf("audit: %d invoice(s), %d series: %s%n", audit.invoices(), audit.series(),
                audit.mismatch().orElse("gapless, every invoice recomputes"));
        if (!audit.ok()) {
            throw new IllegalStateException("the invoice audit failed: " + audit);
        }
    }

    private record Phase(AtomicInteger ok, AtomicInteger failed, ConcurrentLinkedQueue<Long> latencies, long wallNanos) {
    }

    private static Phase phase(HttpClient http, String base, String token, int clients, int count) throws Exception {
        var next = new AtomicInteger();
        var ok = new AtomicInteger();
        var failed = new AtomicInteger();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        String body = "{\"series\":\"" + SERIES.get(i % SERIES.size()) + "\",\"buyer\":{\"name\":\"Buyer "
                                + i + "\",\"address\":\"" + i + " MG Road, Pune\",\"stateCode\":\"" + (i % 3 == 0 ? "29" : "27")
                                + "\",\"email\":\"b" + i
                                + "@example.in\"},\"pricesIncludeTax\":" + (i % 2 == 0) + ",\"lines\":[{\"description\":"
                                + "\"Programme\",\"quantity\":1,\"unitPricePaise\":" + (100_000 + i) + "}]}";
                        long began = System.nanoTime();
                        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/finance/invoices"))
                                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - began);
                        if (response.statusCode() == 201) {
                            ok.incrementAndGet();
                        } else if (failed.incrementAndGet() == 1) {
                            System.err.println("invoice refused: " + response.statusCode() + " " + response.body());
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return new Phase(ok, failed, latencies, System.nanoTime() - began);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
