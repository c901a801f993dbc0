package in.mrmentor.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.bootstrap.MasServer;
import in.mrmentor.bootstrap.SettingsReader;
import in.mrmentor.bootstrap.hiring.HiringModule;
import in.mrmentor.bootstrap.identity.IdentityModule;
import in.mrmentor.identity.CreateUser;
import in.mrmentor.identity.Role;
import in.mrmentor.persistence.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Mr. Hire under load, in two phases on one job post:
 * <ol>
 *   <li>apply: N concurrent candidates apply over HTTP ({@code multipart/form-data} with a one-page PDF
 *       resume), each a distinct person; reports applications/s and the client-side p50/p95/p99;</li>
 *   <li>screen: every stored application is queued as a {@code resumeAnalysis} job at once, and the
 *       driver times until all are decided ({@code shortlisted} or {@code talent_pool}) with the local
 *       analyzer; reports applications screened per second through the job queue.</li>
 * </ol>
 * It starts its own embedded PostgreSQL and the MAS server in this JVM.
 *
 * <p>Arguments: {@code [clients=32] [applications=1000] [screeningWorkers=8]}.
 */
public final class HiringLoadDriver {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_EMAIL = "bench-admin@example.com";
    private static final String ADMIN_PASSWORD = "bench-admin-password";

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int applications = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path root = Files.createTempDirectory("mas-hire-bench-");
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
                    "HIRE_APPLY_RATE_PER_MINUTE", "1000000", "HIRE_SCREENING_CONCURRENCY", Integer.toString(workers),
                    "LOG_FORMAT", "text")))) {
                run(app, jdbcUrl, pg.user(), pg.password(), clients, applications, workers);
            }
        }
    }

    private static void run(MasServer app, String jdbcUrl, String user, String password, int clients, int count,
                            int workers) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + app.port();
        app.module(IdentityModule.class).createUser.create(Role.SUPERADMIN, new CreateUser.Command(
                "bench-recruiter@example.com", "bench-recruiter-pass", "Bench Recruiter", Role.RECRUITER, null));
        String token = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"bench-recruiter@example.com\",\"password\":\"bench-recruiter-pass\"}")).build()))
                .path("accessToken").asText();
        String job = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(base + "/api/hire/jobs"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Backend engineer\",\"description\":\"APIs\","
                        + "\"location\":\"Pune\",\"employmentType\":\"FULL_TIME\",\"skills\":[\"java\",\"postgresql\","
                        + "\"docker\",\"kafka\"],\"autoScreen\":false}")).build())).path("id").asText();
        send(http, HttpRequest.newBuilder(URI.create(base + "/api/hire/jobs/" + job + "/status"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"active\"}")).build());
        List<byte[]> resumes = List.of(
                pdf("Senior engineer", "8 years of experience", "Java, PostgreSQL, Docker, Kafka"),
                pdf("Developer", "Java and Docker", "2019 - present"),
                pdf("Accountant", "Excel, Tally", "2 years"));

        System.out.printf("Phase 1: %d applications by %d concurrent candidates ...%n", count, clients);
        long[] latencies = new long[count];
        var next = new AtomicInteger();
        var failed = new AtomicInteger();
        var go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    long start = System.nanoTime();
                    int status = apply(http, base, job, i, resumes.get(i % resumes.size()));
                    latencies[i] = System.nanoTime() - start;
                    if (status != 201) {
                        failed.incrementAndGet();
                    }
                }
            }, "applicant-" + c);
            thread.start();
            threads.add(thread);
        }
        long applyStart = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long applyWall = System.nanoTime() - applyStart;
        Arrays.sort(latencies);

        System.out.printf("Phase 2: screening %d applications through the resumeAnalysis queue ...%n", count);
        long screenStart = System.nanoTime();
        var queued = app.module(HiringModule.class).rescreenJob.rescreen(UUID.fromString(job), false);
        long decided = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            while (decided < queued.size()) {
                Thread.sleep(100);
                try (ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM job_applications "
                        + "WHERE status IN ('SHORTLISTED', 'TALENT_POOL')")) {
                    rs.next();
                    decided = rs.getLong(1);
                }
                if (System.nanoTime() - screenStart > 30L * 60 * 1_000_000_000L) {
                    throw new IllegalStateException("screening did not finish within 30 minutes: " + decided);
                }
            }
        }
        long screenWall = System.nanoTime() - screenStart;

        System.out.println();
        System.out.printf("apply:  %d ok, %d failed, %.1f applications/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms "
                        + "(clients=%d)%n", count - failed.get(), failed.get(), (count - failed.get()) / (applyWall / 1e9),
                pct(latencies, 0.50), pct(latencies, 0.95), pct(latencies, 0.99), clients);
        System.out.printf("screen: %d decided in %.1f s, %.1f applications/s (local analyzer, %d workers, cores=%d)%n",
                decided, screenWall / 1e9, decided / (screenWall / 1e9), workers,
                Runtime.getRuntime().availableProcessors());
    }

    private static double pct(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static int apply(HttpClient http, String base, String job, int i, byte[] resume) {
        String boundary = "----bench" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("name", "Candidate " + i, "email", "candidate" + i + "@example.com",
                "phone", "+9190" + String.format("%08d", i));
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"resume\"; filename=\"cv.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(resume);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/api/hire/jobs/" + job + "/applications"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static byte[] pdf(String... lines) throws IOException {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
