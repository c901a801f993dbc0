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
