package in.mrmentor.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A JSON client of one running instance, as a frontend would call it. */
final class ApiClient {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, JsonNode body, HttpResponse<String> raw) {
        String code() {
            return body.path("code").asText();
        }

        String text(String field) {
            return body.path(field).asText();
        }
    }

    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    Response post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    Response send(String method, String path, String token, String json) {
        return send(method, path, token, json, java.util.Map.of());
    }

    /** A request with extra headers (Idempotency-Key, signatures...). */
    Response send(String method, String path, String token, String json, java.util.Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> raw = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean isJson = raw.headers().firstValue("Content-Type").filter(type -> type.contains("json")).isPresent();
            JsonNode body = raw.body().isBlank() || !isJson ? JSON.createObjectNode() : JSON.readTree(raw.body());
            return new Response(raw.statusCode(), body, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object... pairs) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.putPOJO((String) pairs[i], pairs[i + 1]);
        }
        return node.toString();
    }
}
