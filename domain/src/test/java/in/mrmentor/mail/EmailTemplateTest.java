package in.mrmentor.mail;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailTemplateTest {
    private final EmailTemplate welcome = new EmailTemplate("welcome", "Welcome, {{name}}",
            "Hello {{name}},\nyour code is {{ code }}.", "<p>Hello {{name}}, your code is <b>{{code}}</b>.</p>");

    @Test
    void everyPlaceholderIsFilledInSubjectTextAndHtml() {
        var mail = welcome.render(Map.of("name", "Asha", "code", "123456"));

        assertThat(mail.subject()).isEqualTo("Welcome, Asha");
        assertThat(mail.textBody()).isEqualTo("Hello Asha,\nyour code is 123456.");
        assertThat(mail.htmlBody()).isEqualTo("<p>Hello Asha, your code is <b>123456</b>.</p>");
    }

    @Test
    void valuesAreEscapedInTheHtmlBodyOnly() {
        var mail = welcome.render(Map.of("name", "<Tom & \"Jerry\">", "code", "1"));

        assertThat(mail.htmlBody()).startsWith("<p>Hello &lt;Tom &amp; &quot;Jerry&quot;&gt;,");
        assertThat(mail.textBody()).startsWith("Hello <Tom & \"Jerry\">,");
        assertThat(mail.subject()).isEqualTo("Welcome, <Tom & \"Jerry\">");
    }

    @Test
    void aMissingVariableIsAnErrorNamingIt() {
        assertThatThrownBy(() -> welcome.render(Map.of("name", "Asha")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(EmailTemplate.MISSING_VARIABLE);
                    assertThat(e.detail()).contains("'code'").contains("'welcome'");
                });
    }

    @Test
    void aLineBreakInASubjectValueNeverStartsANewHeader() {
        var mail = welcome.render(Map.of("name", "Asha\r\nBcc: everyone@example.in", "code", "1"));

        assertThat(mail.subject()).isEqualTo("Welcome, Asha Bcc: everyone@example.in");
    }

    @Test
    void dollarSignsAndBackslashesInValuesAreTakenLiterally() {
        var mail = welcome.render(Map.of("name", "$1 \\", "code", "1"));

        assertThat(mail.textBody()).startsWith("Hello $1 \\,");
    }

    @Test
    void theHtmlBodyIsOptionalAndTheVariablesAreListed() {
        var plain = new EmailTemplate("plain", "Hi {{a}}", "{{b}} and {{a}}", null);

        assertThat(plain.variables()).containsExactly("a", "b");
        assertThat(plain.render(Map.of("a", "1", "b", "2")).htmlBody()).isNull();
    }
}
