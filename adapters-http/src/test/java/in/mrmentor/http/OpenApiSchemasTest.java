package in.mrmentor.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How Java types become OpenAPI schemas: named records, containers, scalars with formats, required and nullable. */
class OpenApiSchemasTest {

    enum Colour { RED, GREEN }

    record Inner(@Required UUID id, Colour colour, Optional<String> note) {
    }

    record Outer(@Required String email, long count, Integer maybe, Instant at, LocalDate day, List<Inner> inners,
                 Map<String, Long> totals, @JsonProperty("isActive") Boolean active, Inner inner,
                 @OneOf(Colour.class) String colourName) {
    }

    record Tree(String label, List<Tree> children) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sparse(String maybe, boolean flag) {
    }

    static final class Elsewhere {
        record Inner(String other) {
        }
    }

    private final OpenApiSchemas schemas = new OpenApiSchemas();

    @SuppressWarnings("unchecked")
    private Map<String, Object> component(String name) {
        return (Map<String, Object>) schemas.components().get(name);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> property(String component, String property) {
        return (Map<String, Object>) ((Map<String, Object>) component(component).get("properties")).get(property);
    }

    @SuppressWarnings("unchecked")
    private List<Object> requiredOf(String component) {
        return (List<Object>) component(component).get("required");
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordsAreNamedComponentsWithTheirNestedRecordsListsMapsAndEnums() {
        assertThat(schemas.replySchema(Outer.class)).isEqualTo(Map.of("$ref", "#/components/schemas/Outer"));
        assertThat(property("Outer", "inners")).isEqualTo(Map.of("type", "array",
                "items", Map.of("$ref", "#/components/schemas/Inner")));
        assertThat(property("Outer", "totals")).isEqualTo(Map.of("type", "object",
                "additionalProperties", Map.of("type", "integer", "format", "int64")));
        assertThat(property("Inner", "colour")).isEqualTo(Map.of("$ref", "#/components/schemas/OpenApiSchemasTestColour"));
        assertThat(component("OpenApiSchemasTestColour")).isEqualTo(Map.of("type", "string", "enum", List.of("RED", "GREEN")));
        assertThat(property("Outer", "colourName")).isEqualTo(Map.of("$ref", "#/components/schemas/OpenApiSchemasTestColour"));
        assertThat(property("Inner", "note")).containsEntry("type", "string").containsEntry("nullable", true);
        assertThat(List.copyOf(((Map<String, Object>) component("Outer").get("properties")).keySet())).contains("isActive")
                .doesNotContain("active");
    }

    @Test
    void scalarsCarryTheirFormats() {
        schemas.replySchema(Outer.class);
        assertThat(property("Outer", "email")).isEqualTo(Map.of("type", "string", "format", "email"));
        assertThat(property("Outer", "count")).isEqualTo(Map.of("type", "integer", "format", "int64"));
        assertThat(property("Outer", "maybe")).containsEntry("format", "int32");
        assertThat(property("Outer", "at")).containsEntry("format", "date-time");
        assertThat(property("Outer", "day")).containsEntry("format", "date");
        assertThat(property("Inner", "id")).isEqualTo(Map.of("type", "string", "format", "uuid"));
    }

    @Test
    void aReplyHasEveryComponentPresentWhileABodyRequiresOnlyPrimitivesAndRequiredOnes() {
        schemas.replySchema(Outer.class);
        assertThat(requiredOf("Outer")).containsExactly("email", "count", "maybe", "at", "day",
                "inners", "totals", "isActive", "inner", "colourName");
        schemas.requestSchema(Outer.class);
        assertThat(requiredOf("OuterInput")).containsExactly("email", "count");
        assertThat(property("OuterInput", "maybe")).containsEntry("nullable", true);
        assertThat(property("OuterInput", "email")).doesNotContainKey("nullable");
    }

    @Test
    void aRecordThatLeavesNullsOutHasThemOptionalNotNullable() {
        schemas.replySchema(Sparse.class);
        assertThat(requiredOf("Sparse")).containsExactly("flag");
        assertThat(property("Sparse", "maybe")).isEqualTo(Map.of("type", "string"));
    }

    @Test
    void pagesOfAnItemAreTheirOwnComponentAndRecursiveRecordsEndInARef() {
        assertThat(schemas.replySchema(Route.pageOf(Inner.class)))
                .isEqualTo(Map.of("$ref", "#/components/schemas/ListPageOfInner"));
        assertThat(property("ListPageOfInner", "items")).isEqualTo(Map.of("type", "array",
                "items", Map.of("$ref", "#/components/schemas/Inner")));
        assertThat(schemas.replySchema(Route.listOf(Tree.class))).isEqualTo(Map.of("type", "array",
                "items", Map.of("$ref", "#/components/schemas/Tree")));
        assertThat(property("Tree", "children")).isEqualTo(Map.of("type", "array",
                "items", Map.of("$ref", "#/components/schemas/Tree")));
    }

    @Test
    void twoRecordsOfTheSameSimpleNameGetDistinctNames() {
        schemas.replySchema(Inner.class);
        assertThat(schemas.replySchema(Elsewhere.Inner.class))
                .isEqualTo(Map.of("$ref", "#/components/schemas/ElsewhereInner"));
        assertThat(property("ElsewhereInner", "other")).containsEntry("type", "string");
    }
}
