package in.mrmentor.external.hiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.mrmentor.hiring.JobPostDetails;
import in.mrmentor.hiring.ResumeAnalysis;
import in.mrmentor.hiring.port.ResumeAnalyzer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resume analysis by an OpenAI-compatible chat-completions API (Groq, OpenAI, a local server). It asks
 * for one JSON object {@code {skills: [string], yearsOfExperience: integer, summary: string}} and
 * validates it; a timeout, an error status (a 429 included) or an answer that is not that object fails
 * the attempt, so the screening job retries it and finally keeps it as dead with the reason.
 */
public final class OpenAiCompatibleAnalyzer implements ResumeAnalyzer {
    public static final String PROVIDER = "openai-compatible";
    static final int MAX_RESUME_CHARS = 24_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmSettings settings;
    private final HttpClient http;

    public OpenAiCompatibleAnalyzer(LlmSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public Result analyze(String resumeText, JobPostDetails job) {
        String body = requestBody(resumeText, job);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(settings.chatCompletionsUrl())
                    .timeout(settings.timeout())
                    .header("Authorization", "Bearer " + settings.apiKey())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new AnalysisFailedException("the LLM did not answer within " + settings.timeout().toMillis() + " ms");
        } catch (IOException e) {
            throw new AnalysisFailedException("the LLM could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisFailedException("interrupted while waiting for the LLM");
        }
        if (response.statusCode() == 429) {
            throw new AnalysisFailedException("the LLM is rate limited (429)");
        }
        if (response.statusCode() / 100 != 2) {
            throw new AnalysisFailedException("the LLM answered " + response.statusCode());
        }
        return parse(response.body());
    }

    String requestBody(String resumeText, JobPostDetails job) {
        String resume = resumeText.length() > MAX_RESUME_CHARS ? resumeText.substring(0, MAX_RESUME_CHARS) : resumeText;
        ObjectNode request = JSON.createObjectNode();
        request.put("model", settings.model());
        request.put("temperature", 0);
        request.putObject("response_format").put("type", "json_object");
        var messages = request.putArray("messages");
        messages.addObject().put("role", "system").put("content", "You read resumes for recruiters. Answer with one "
                + "JSON object only: {\"skills\": [lower-case skill names], \"yearsOfExperience\": whole number, "
                + "\"summary\": \"at most 300 characters\"}. Use the job's skill names where the resume shows them.");
        messages.addObject().put("role", "user").put("content", "Job: " + job.title() + "\nJob skills: "
                + String.join(", ", job.skills()) + "\n\nResume:\n" + resume);
        return request.toString();
    }

    Result parse(String responseBody) {
        JsonNode root;
        try {
            root = JSON.readTree(responseBody);
        } catch (IOException e) {
            throw new AnalysisFailedException("the LLM's answer is not JSON");
        }
        JsonNode content = root == null ? null : root.path("choices").path(0).path("message").path("content");
        if (content == null || !content.isTextual()) {
            throw new AnalysisFailedException("the LLM's answer has no message content");
        }
        JsonNode analysis;
        try {
            analysis = JSON.readTree(stripFence(content.asText()));
        } catch (IOException e) {
            throw new AnalysisFailedException("the LLM's message is not a JSON object");
        }
        if (analysis == null || !analysis.isObject()) {
            throw new AnalysisFailedException("the LLM's message is not a JSON object");
        }
        JsonNode skills = analysis.get("skills");
        JsonNode years = analysis.get("yearsOfExperience");
        JsonNode summary = analysis.get("summary");
        if (skills == null || !skills.isArray() || skills.size() > 200) {
            throw new AnalysisFailedException("the LLM's answer lacks a skills array");
        }
        if (years == null || !years.canConvertToInt() || !years.isIntegralNumber() || years.asInt() < 0
                || years.asInt() > 80) {
            throw new AnalysisFailedException("the LLM's answer lacks a whole yearsOfExperience from 0 to 80");
        }
        if (summary == null || !summary.isTextual()) {
            throw new AnalysisFailedException("the LLM's answer lacks a summary");
        }
        var found = new LinkedHashSet<String>();
        for (JsonNode skill : skills) {
            if (!skill.isTextual()) {
                throw new AnalysisFailedException("the LLM's skills are not all strings");
            }
            String name = skill.asText().trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && name.length() <= 60) {
                found.add(name);
            }
        }
        String text = summary.asText().strip();
        if (text.length() > 1000) {
            text = text.substring(0, 1000);
        }
        long prompt = root.path("usage").path("prompt_tokens").asLong(0);
        long completion = root.path("usage").path("completion_tokens").asLong(0);
        long cost = Math.round(prompt * settings.pricePerMillionInputUsd() + completion * settings.pricePerMillionOutputUsd());
        return new Result(new ResumeAnalysis(new ArrayList<>(found), years.asInt(), text, "llm:" + settings.model()),
                Optional.of(new Usage(PROVIDER, settings.model(), prompt, completion, cost)));
    }

    private static String stripFence(String content) {
        String trimmed = content.strip();
        if (trimmed.startsWith("```")) {
            int firstLine = trimmed.indexOf('\n');
            int fence = trimmed.lastIndexOf("```");
            if (firstLine > 0 && fence > firstLine) {
                return trimmed.substring(firstLine + 1, fence);
            }
        }
        return trimmed;
    }

}
