package in.mrmentor.external.mail;

import in.mrmentor.mail.port.TemplateEngine.Escaping;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MustacheTemplateEngineTest {
    private final MustacheTemplateEngine engine = new MustacheTemplateEngine();

    @Test
    void valuesAreEscapedInHtmlOnly() {
        var values = Map.of("name", "<b>Asha & co</b>");

        assertThat(engine.render("<p>Hi {{name}}</p>", values, Escaping.HTML)).isEqualTo("<p>Hi &lt;b&gt;Asha &amp; co&lt;/b&gt;</p>");
        assertThat(engine.render("Hi {{name}}", values, Escaping.NONE)).isEqualTo("Hi <b>Asha & co</b>");
    }

    @Test
    void aTemplateRenderedAgainTakesItsNewValuesAndItsOwnEscaping() {
        String template = "Hi {{name}}";

        assertThat(engine.render(template, Map.of("name", "<Asha>"), Escaping.HTML)).isEqualTo("Hi &lt;Asha&gt;");
        assertThat(engine.render(template, Map.of("name", "<Ravi>"), Escaping.NONE)).isEqualTo("Hi <Ravi>");
        assertThat(engine.render(template, Map.of("name", "<Ravi>"), Escaping.HTML)).isEqualTo("Hi &lt;Ravi&gt;");
        assertThat(engine.render(template, Map.of(), Escaping.NONE)).isEqualTo("Hi ");
    }

    @Test
    void manyDistinctTemplatesStillRenderEachItsOwnText() {
        for (int i = 0; i < 600; i++) {
            assertThat(engine.render("#" + i + " {{x}}", Map.of("x", "v"), Escaping.NONE)).isEqualTo("#" + i + " v");
        }
    }

    @Test
    void variablesIncludeSectionsAndTheirContents() {
        assertThat(engine.variables("Hi {{ name }}{{#link}} see {{link}} at {{start}}{{/link}}{{^x}}-{{/x}}"))
                .containsExactlyInAnyOrder("name", "link", "start", "x");
    }

    @Test
    void aMissingValueRendersEmptyAndASectionShowsOnlyWithAValue() {
        assertThat(engine.render("a{{x}}b{{#y}}[{{y}}]{{/y}}", Map.of("y", "1"), Escaping.NONE)).isEqualTo("ab[1]");
        assertThat(engine.render("a{{#y}}[{{y}}]{{/y}}", Map.of(), Escaping.NONE)).isEqualTo("a");
    }

    @Test
    void partialsUnescapedValuesDelimiterChangesAndBrokenSectionsAreRefused() {
        for (String refused : new String[] {"{{> /etc/passwd}}", "{{{name}}}", "{{&name}}", "{{=<% %>=}}",
                "{{<base}}{{/base}}", "{{#open}}never closed"}) {
            assertThatThrownBy(() -> engine.variables(refused)).as(refused).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
