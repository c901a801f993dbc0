package in.mrmentor.external.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.mrmentor.hiring.ImportSalaryBenchmarks;
import in.mrmentor.hiring.PhoneNumber;
import in.mrmentor.hiring.port.memory.InMemorySalaryBenchmarks;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Transactions;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HiringAdaptersTest {
    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Test
    void phonesWrittenDifferentlyAreOneNumber() {
        var phones = new LibPhoneNumbers();
        for (String written : new String[] {"98765 43210", "+91-98765-43210", "098765 43210", "+91 (987) 654-3210",
                "0091 98765 43210"}) {
            assertThat(phones.normalise(written)).as(written).contains(new PhoneNumber("+919876543210"));
        }
        assertThat(phones.normalise("+1 650 253 0000")).contains(new PhoneNumber("+16502530000"));
        assertThat(phones.normalise("12")).isEmpty();
        assertThat(phones.normalise("not a phone")).isEmpty();
    }

    @Test
    void quizTokensAreSignedAndCarryTheirClaims() {
        var links = new HmacQuizLinks(Optional.of("a-long-enough-quiz-token-secret-for-tests"));
        UUID invitation = UUID.randomUUID();
        Instant expiry = Instant.parse("2026-12-10T10:00:00Z");
        String token = links.issue(invitation, expiry);
        assertThat(links.read(token)).contains(new in.mrmentor.hiring.port.QuizLinks.Claims(invitation, expiry));
        int signatureStart = token.indexOf('.') + 1;
        char first = token.charAt(signatureStart);
        assertThat(links.read(token.substring(0, signatureStart) + (first == 'A' ? 'B' : 'A')
                + token.substring(signatureStart + 1))).as("a changed signature").isEmpty();
        char last = token.charAt(token.length() - 1);
        char spareBitsFlipped = ALPHABET.charAt(ALPHABET.indexOf(last) ^ 1);
        assertThat(links.read(token.substring(0, token.length() - 1) + spareBitsFlipped))
                .as("the same bytes spelled differently").isEmpty();
        assertThat(links.read(token + "=")).as("padded").isEmpty();
        assertThat(new HmacQuizLinks(Optional.of("another-secret-another-secret-xx")).read(token)).isEmpty();
        assertThat(links.read("garbage")).isEmpty();
        assertThat(links.digest(token)).hasSize(64).isNotEqualTo(token);
        assertThatThrownBy(() -> new HmacQuizLinks(Optional.empty()).issue(invitation, expiry))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("INTEGRATION_NOT_CONFIGURED"));
    }

    @Test
    void interviewEventsNeedTheSignatureAndNameBadFields() throws Exception {
        var events = new SignedInterviewEvents(Optional.of("hook"));
        String body = "{\"eventId\":\"e1\",\"applicationId\":\"" + UUID.randomUUID() + "\",\"type\":\"message\","
                + "\"role\":\"agent\",\"text\":\"Hi\",\"at\":\"2026-12-01T10:00:00Z\"}";
        assertThat(events.read(bytes(body), sign("hook", body)).text()).isEqualTo("Hi");
        assertThatThrownBy(() -> events.read(bytes(body), sign("other", body)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_SIGNATURE"));
        String bad = "{\"eventId\":\"e1\",\"applicationId\":\"nope\",\"type\":\"shout\",\"at\":\"yesterday\"}";
        assertThatThrownBy(() -> events.read(bytes(bad), sign("hook", bad)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).contains("applicationId", "type", "at"));
        assertThatThrownBy(() -> new SignedInterviewEvents(Optional.empty()).read(bytes(body), "x"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("INTEGRATION_NOT_CONFIGURED"));
    }

    @Test
    void benchmarkCsvRowsAreImportedOneByOneAndBadRowsNamedByLine() {
        String csv = "role,location,p25_inr,p50_inr,p75_inr,sample_size,source\n"
                + "Backend Engineer,Bengaluru,1200000,1800000,2600000,120,survey 2026\n"
                + "Data Analyst,Pune,600000,abc,900000,40,survey\n"
                + "QA,Pune,5,4,3,1,x\n"
                + "Only,two\n"
                + "backend engineer,bengaluru,1300000,1900000,2700000,150,\"survey, revised\"\n";
        var store = new InMemorySalaryBenchmarks();
        Transactions tx = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        ImportSalaryBenchmarks.Report report;
        try (var rows = new CsvBenchmarkRows(new StringReader(csv))) {
            report = new ImportSalaryBenchmarks(store, tx).run(rows);
        }
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.failures()).extracting(ImportSalaryBenchmarks.Failure::line).containsExactly(3L, 4L, 5L);
        assertThat(report.failures().get(0).reason()).contains("p50_inr");
        assertThat(store.find("Backend Engineer", "Bengaluru")).hasValueSatisfying(b -> {
            assertThat(b.p50Paise()).isEqualTo(190_000_000L);
            assertThat(b.source()).isEqualTo("survey, revised");
        });
        try (var rows = new CsvBenchmarkRows(new StringReader("role,location\nx,y\n"))) {
            var missing = new ImportSalaryBenchmarks(store, tx).run(rows);
            assertThat(missing.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("p25_inr"));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(bytes(body)));
    }
}
