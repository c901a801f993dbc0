package in.mrmentor.external.hiring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import in.mrmentor.hiring.EmploymentType;
import in.mrmentor.hiring.JobPostDetails;
import in.mrmentor.hiring.port.ResumeAnalyzer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible analyzer against a stub of the chat-completions API. */
class OpenAiCompatibleAnalyzerTest {
    private static final JobPostDetails JOB = new JobPostDetails("Backend engineer", "APIs", "Pune",
            EmploymentType.FULL_TIME, List.of("java", "postgresql"), null, null, 60, null);
    private static WireMockServer llm;
    private OpenAiCompatibleAnalyzer analyzer;

    @BeforeAll
    static void startStub() {
        llm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        llm.start();
    }

    @AfterAll
    static void stopStub() {
        llm.stop();
    }

    @BeforeEach
    void reset() {
        llm.resetAll();
        analyzer = analyzerWithTimeout(Duration.ofSeconds(10));
    }

    private static OpenAiCompatibleAnalyzer analyzerWithTimeout(Duration timeout) {
        return new OpenAiCompatibleAnalyzer(new LlmSettings(URI.create(llm.baseUrl() + "/openai/v1/chat/completions"),
                "test-key", "llama-test", timeout, 0.05, 0.08));
    }

    private static String completion(String content) throws Exception {
        return new ObjectMapper().writeValueAsString(Map.of(
                "choices", List.of(Map.of("message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 1000, "completion_tokens", 200)));
    }

    @Test
    void aGoodAnswerIsReadAndItsCostReported() throws Exception {
        llm.stubFor(post(urlEqualTo("/openai/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(completion("{\"skills\":[\"Java\",\"postgresql\"],\"yearsOfExperience\":6,"
                        + "\"summary\":\"Backend developer\"}"))));
        var result = analyzer.analyze("Asha Rao. Java, Postgres, 6 years.", JOB);
        assertThat(result.analysis().skills()).containsExactly("java", "postgresql");
        assertThat(result.analysis().yearsOfExperience()).isEqualTo(6);
        assertThat(result.analysis().analyzer()).isEqualTo("llm:llama-test");
        assertThat(result.usage()).hasValueSatisfying(usage -> {
            assertThat(usage.promptTokens()).isEqualTo(1000);
            assertThat(usage.completionTokens()).isEqualTo(200);
            assertThat(usage.costMicroUsd()).isEqualTo(66);
        });
        llm.verify(postRequestedFor(urlEqualTo("/openai/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama-test")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object"))));
    }

    @Test
    void malformedAnswersFailTheAttempt() throws Exception {
        for (String body : List.of("not json at all", completion("I think they are great!"),
                completion("{\"skills\":\"java\",\"yearsOfExperience\":3,\"summary\":\"x\"}"),
                completion("{\"skills\":[],\"yearsOfExperience\":3.5,\"summary\":\"x\"}"),
                completion("{\"skills\":[],\"yearsOfExperience\":-1,\"summary\":\"x\"}"),
                "{\"choices\":[]}")) {
            llm.resetAll();
            llm.stubFor(post(urlEqualTo("/openai/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(body)));
            assertThatThrownBy(() -> analyzer.analyze("resume", JOB)).as(body)
                    .isInstanceOf(ResumeAnalyzer.AnalysisFailedException.class);
        }
    }

    @Test
    void aTimeoutFailsTheAttempt() throws Exception {
        llm.stubFor(post(urlEqualTo("/openai/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(3_000).withBody(completion("{}"))));
        assertThatThrownBy(() -> analyzerWithTimeout(Duration.ofMillis(700)).analyze("resume", JOB))
                .isInstanceOf(ResumeAnalyzer.AnalysisFailedException.class)
                .hasMessageContaining("did not answer within 700 ms");
    }

    @Test
    void rateLimitingFailsTheAttempt() {
        llm.stubFor(post(urlEqualTo("/openai/v1/chat/completions")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "2").withBody("{\"error\":{\"message\":\"Rate limit reached\"}}")));
        assertThatThrownBy(() -> analyzer.analyze("resume", JOB))
                .isInstanceOf(ResumeAnalyzer.AnalysisFailedException.class)
                .hasMessageContaining("429");
    }
}
