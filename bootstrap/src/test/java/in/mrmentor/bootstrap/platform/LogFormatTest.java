package in.mrmentor.bootstrap.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The two log formats: JSON lines with top-level MDC fields, and text without empty brackets. */
class LogFormatTest {
    private final LoggerContext context = new LoggerContext();

    private LoggingEvent anEvent(Map<String, String> mdc) {
        LoggingEvent event = new LoggingEvent("in.mrmentor.Test", context.getLogger("mas.access"), Level.INFO,
                "GET {} 200", null, new Object[]{"/api/auth/me"});
        event.setTimeStamp(1_795_000_000_123L);
        event.setMDCPropertyMap(mdc);
        return event;
    }

    @Test
    void jsonIsOneObjectPerLineWithAnIsoUtcTimestampAndMdcAndKeyValuesAtTheTop() throws IOException {
        LoggingEvent event = anEvent(Map.of("requestId", "req-1", "userId", "9f1c"));
        event.addKeyValuePair(new KeyValuePair("route", "/api/auth/me"));
        event.addKeyValuePair(new KeyValuePair("status", 200));
        JsonLineEncoder encoder = new JsonLineEncoder();
        encoder.setContext(context);
        encoder.start();

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).endsWith("\n").doesNotContain("\n{");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("timestamp").asText()).isEqualTo("2026-11-18T11:06:40.123Z");
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("message").asText()).isEqualTo("GET /api/auth/me 200");
        assertThat(json.path("requestId").asText()).isEqualTo("req-1");
        assertThat(json.path("userId").asText()).isEqualTo("9f1c");
        assertThat(json.path("route").asText()).isEqualTo("/api/auth/me");
        assertThat(json.path("status").asInt()).isEqualTo(200);
        assertThat(json.has("mdc")).isFalse();
        assertThat(json.has("kvpList")).isFalse();
    }

    @Test
    void textShowsTheRequestIdAndNoEmptyBracketsWithoutOne() throws IOException {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(textPattern());
        layout.start();

        String inRequest = layout.doLayout(anEvent(Map.of("requestId", "req-1")));
        String outside = layout.doLayout(anEvent(Map.of()));

        assertThat(inRequest).contains("INFO  [req-1] mas.access - GET /api/auth/me 200");
        assertThat(outside).contains("INFO  mas.access - GET /api/auth/me 200").doesNotContain("[]").doesNotContain("{}");
        assertThat(outside).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z .*\\R");
    }

    /** The pattern of the shipped logback.xml, so the test checks what runs. */
    private static String textPattern() throws IOException {
        try (InputStream config = LogFormatTest.class.getResourceAsStream("/logback.xml")) {
            String xml = new String(config.readAllBytes(), StandardCharsets.UTF_8);
            Matcher pattern = Pattern.compile("<pattern>(.*)</pattern>").matcher(xml);
            assertThat(pattern.find()).isTrue();
            return pattern.group(1);
        }
    }

}
