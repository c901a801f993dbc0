package in.mrmentor.http.json;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The body part of an idempotency fingerprint: key order and whitespace never matter, anything else does. */
class CanonicalJsonTest {

    private static String canonical(String body) {
        return new String(CanonicalJson.of(body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void keyOrderAndWhitespaceDoNotMatterAtAnyDepth() {
        String one = canonical("{\"userId\":\"u\",\"amount\":5,\"meta\":{\"b\":[1,{\"y\":2,\"x\":1}],\"a\":null}}");
        String other = canonical(" {\n  \"meta\" : { \"a\": null, \"b\": [ 1, {\"x\":1, \"y\":2} ] },\n \"amount\": 5, \"userId\": \"u\" } ");

        assertThat(one).isEqualTo(other).isEqualTo("{\"amount\":5,\"meta\":{\"a\":null,\"b\":[1,{\"x\":1,\"y\":2}]},\"userId\":\"u\"}");
    }

    @Test
    void valuesAndArrayOrderDo() {
        assertThat(canonical("{\"amount\":5}")).isNotEqualTo(canonical("{\"amount\":6}"));
        assertThat(canonical("[1,2]")).isNotEqualTo(canonical("[2,1]"));
        assertThat(canonical("{\"amount\":\"5\"}")).isNotEqualTo(canonical("{\"amount\":5}"));
    }

    @Test
    void anEmptyBodyAndABodyThatIsNotJsonAreKeptAsTheyAre() {
        assertThat(canonical("")).isEmpty();
        assertThat(canonical("not json {")).isEqualTo("not json {");
    }
}
