package in.mrmentor.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Route;
import in.mrmentor.persistence.testing.TestPostgres;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /openapi.json} and {@code /docs} of the fully wired server (every module): every registered route
 * declares its reply and is documented with it, the document passes a real OpenAPI parser without a
 * single message, and the interactive page is served from the jar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentOverHttpTest {
    private static final String HOW_TO_DECLARE = "declare it on the Route: .returns(JsonRecord.class), "
            + ".returns(201, JsonRecord.class), .returns(Route.pageOf(ItemJson.class)), .returns(Route.listOf(...)), "
            + ".returnsNoContent() or .returnsBytes(\"media/type\") (see README \"API document\")";

    @TempDir
    static Path dataDir;

    private MasServer app;
    private ApiClient api;
    private JsonNode document;
    private String documentText;

    @BeforeAll
    void start() {
        String database = TestPostgres.get().freshDatabaseName();
        app = MasServer.start(SettingsReader.read(Map.of(
                "MAS_DATA_DIR", dataDir.toString(), "PORT", "0", "HOST", "127.0.0.1",
                "DATABASE_URL", TestPostgres.get().databaseUrl(database),
                "ADMIN_EMAIL", "root@mrmentor.test", "ADMIN_PASSWORD", "bootstrap-admin-pass",
                "JWT_SECRET", "api-document-over-http-test-secret-of-32-bytes")));
        api = new ApiClient(app.port());
        var response = api.get("/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        document = response.body();
        documentText = response.raw().body();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void everyRegisteredRouteDeclaresASuccessReplyAndOnlyWrappedOnesAreIdempotent() {
        List<String> undeclared = new ArrayList<>();
        for (Route route : app.routes()) {
            if (route.reply() == null) {
                undeclared.add(route + " declares no reply: " + HOW_TO_DECLARE);
            } else if (route.honoursIdempotencyKey() && !(route.handler() instanceof Idempotent.KeyedHandler)) {
                undeclared.add(route + " declares .idempotent() but its handler is not wrapped in Idempotent.handler");
            } else if (route.reply().status() < 200 || route.reply().status() > 299) {
                undeclared.add(route + " declares " + route.reply().status() + " as its success: a success is 2xx; "
                        + "declare refusals with .error(ErrorKind, \"CODE\")");
            }
        }
        assertThat(undeclared).as("routes without a documented reply").isEmpty();
    }

    @Test
    void everyRouteIsDocumentedWithItsReplyItsProblemsAndItsParameters() {
        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (Route route : app.routes()) {
            JsonNode operation = document.path("paths").path(route.path()).path(route.method().name().toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                problems.add(route + " is missing from /openapi.json");
                continue;
            }
            if (!operationIds.add(operation.path("operationId").asText())) {
                problems.add(route + " repeats the operationId " + operation.path("operationId").asText());
            }
            String status = String.valueOf(route.reply().status());
            JsonNode success = operation.path("responses").path(status);
            if (success.isMissingNode()) {
                problems.add(route + " documents no " + status + " answer");
            } else if (route.reply().body() != null && success.path("content").path(route.reply().mediaType())
                    .path("schema").isMissingNode()) {
                problems.add(route + " documents its " + status + " answer without a schema");
            }
            for (Route.ErrorCase error : route.errors()) {
                boolean listed = false;
                for (JsonNode response : operation.path("responses")) {
                    for (JsonNode code : response.path("x-problem-codes")) {
                        listed |= code.asText().equals(error.code());
                    }
                }
                if (!listed) {
                    problems.add(route + " does not document its problem code " + error.code());
                }
            }
            for (Route.OtherAnswer other : route.otherAnswers()) {
                if (operation.path("responses").path(String.valueOf(other.status())).isMissingNode()) {
                    problems.add(route + " does not document its " + other.status() + " answer");
                }
            }
            if (!route.access().isPublic() && (operation.path("responses").path("401").isMissingNode()
                    || operation.path("responses").path("403").isMissingNode())) {
                problems.add(route + " is not public but documents no 401/403");
            }
            for (Route.QueryParam query : route.query()) {
                boolean documented = false;
                for (JsonNode parameter : operation.path("parameters")) {
                    documented |= parameter.path("in").asText().equals("query") && parameter.path("name").asText().equals(query.name());
                }
                if (!documented) {
                    problems.add(route + " does not document ?" + query.name());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theDocumentPassesARealOpenApiParserWithoutAnyMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(documentText, null, options);
        assertThat(result.getMessages()).as("parser errors and warnings").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
        assertThat(result.getOpenAPI().getPaths()).hasSize((int) app.routes().stream().map(Route::path).distinct().count());
    }

    @Test
    void schemasAreNamedRecordsWithRequiredFieldsFormatsAndEnums() {
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode signUp = schemas.path("SignUpBody");
        assertThat(signUp.path("required")).extracting(JsonNode::asText).contains("email", "password", "name");
        assertThat(signUp.path("properties").path("email").path("format").asText()).isEqualTo("email");
        assertThat(schemas.path("SlotJson").path("properties").path("id").path("format").asText()).isEqualTo("uuid");
        assertThat(schemas.path("SlotJson").path("properties").path("startDateTime").path("format").asText())
                .isEqualTo("date-time");
        assertThat(schemas.path("SlotJson").path("properties").path("tokenCost").path("format").asText()).isEqualTo("int64");

        JsonNode login = document.path("paths").path("/api/auth/login").path("post");
        assertThat(login.path("responses").path("200").path("content").path("application/json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/SessionJson");
        assertThat(login.path("responses").path("429").path("x-problem-codes")).extracting(JsonNode::asText)
                .contains("TOO_MANY_ATTEMPTS", "RATE_LIMITED");
        assertThat(login.path("security")).isEmpty();

        JsonNode book = document.path("paths").path("/api/slots/{id}/book").path("post");
        assertThat(book.path("responses").path("402").path("x-problem-codes")).extracting(JsonNode::asText)
                .containsExactly("INSUFFICIENT_TOKENS");
        assertThat(book.path("responses").path("422").path("x-problem-codes")).extracting(JsonNode::asText)
                .containsExactly("IDEMPOTENCY_KEY_REUSED");
        assertThat(book.path("parameters").toString()).contains("#/components/parameters/IdempotencyKey");
        assertThat(book.path("parameters").get(0).path("schema").path("format").asText()).isEqualTo("uuid");

        JsonNode slots = document.path("paths").path("/api/mentors/{mentorId}/slots").path("get");
        assertThat(slots.path("parameters").toString()).contains("\"name\":\"status\"", "#/components/schemas/SlotStatus",
                "\"name\":\"from\"", "\"date-time\"", "\"name\":\"limit\"", "\"maximum\":200");
        JsonNode health = document.path("paths").path("/api/health").path("get").path("responses");
        assertThat(health.path("503").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/HealthJson");
        JsonNode recording = document.path("paths").path("/api/slots/{id}/recordings/{recordingId}").path("get");
        assertThat(recording.path("responses").path("302").path("headers").has("Location")).isTrue();
        assertThat(recording.path("parameters").get(1).path("schema").path("format").asText()).isEqualTo("uuid");
        assertThat(document.path("components").path("schemas").path("SlotStatus").path("enum")).extracting(JsonNode::asText)
                .contains("TENTATIVE", "CONFIRMED");
        assertThat(document.path("components").path("securitySchemes").path("bearerAuth").path("bearerFormat").asText())
                .isEqualTo("JWT");
    }

    @Test
    void uploadsAreDocumentedWithTheirOwnMediaTypes() {
        JsonNode apply = document.path("paths").path("/api/hire/jobs/{id}/applications").path("post").path("requestBody");
        JsonNode form = apply.path("content").path("multipart/form-data").path("schema");
        assertThat(apply.path("content").has("application/json")).isFalse();
        JsonNode formSchema = form.has("$ref")
                ? document.path("components").path("schemas").path(form.path("$ref").asText().replace("#/components/schemas/", ""))
                : form;
        assertThat(formSchema.path("properties").path("resume").path("format").asText()).isEqualTo("binary");
        assertThat(formSchema.path("required")).extracting(JsonNode::asText).contains("name", "email", "phone", "resume");

        JsonNode imports = document.path("paths").path("/api/crm/imports").path("post").path("requestBody");
        assertThat(imports.path("content").path("text/csv").path("schema").path("type").asText()).isEqualTo("string");
        assertThat(imports.path("required").asBoolean()).isTrue();
    }

    @Test
    void theDocsPageIsServedFromTheJarAndPointsAtTheDocument() {
        var page = api.get("/docs", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.raw().body()).contains("/docs/swagger-ui-bundle.js", "/docs/swagger-initializer.js", "/docs/swagger-ui.css")
                .doesNotContain("http://", "https://");

        var initializer = api.get("/docs/swagger-initializer.js", null);
        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.raw().body()).contains("url: \"/openapi.json\"");

        var bundle = api.get("/docs/swagger-ui-bundle.js", null);
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(bundle.raw().body()).contains("SwaggerUIBundle");
        assertThat(api.get("/docs/swagger-ui.css", null).status()).isEqualTo(200);

        var unknown = api.get("/docs/pom.properties", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("NOT_FOUND");
    }
}
