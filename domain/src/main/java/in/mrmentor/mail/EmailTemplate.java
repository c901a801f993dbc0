package in.mrmentor.mail;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Validation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reusable message (the seed's {@code EmailTemplate} entity) with {@code {{name}}} placeholders in
 * its subject, plain-text body and optional HTML body. Rendering fails on a missing variable rather
 * than mailing a literal "{{code}}" to a user; values are HTML-escaped in the HTML body only, since
 * the plain-text body is shown as typed.
 */
public record EmailTemplate(String name, String subject, String textBody, String htmlBody) {
    public static final String MISSING_VARIABLE = "EMAIL_TEMPLATE_VARIABLE_MISSING";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    /** A rendered message; {@code htmlBody} is null when the template has none. */
    public record Rendered(String subject, String textBody, String htmlBody) {
        public Rendered {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(textBody, "textBody");
        }
    }

    public EmailTemplate {
        new Validation()
                .requireText(name, "name", 100)
                .requireText(subject, "subject", 998)
                .require(textBody != null && !textBody.isBlank(), "textBody", "must not be blank")
                .require(htmlBody == null || !htmlBody.isBlank(), "htmlBody", "must be absent or not blank")
                .orThrow();
    }

    /** The variable names the template uses, in order of first appearance. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        for (String part : new String[] {subject, textBody, htmlBody}) {
            if (part != null) {
                Matcher matcher = PLACEHOLDER.matcher(part);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }

    /** Fills every placeholder; variables the template does not use are ignored. */
    public Rendered render(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        for (String variable : variables()) {
            if (values.get(variable) == null) {
                throw new DomainException(ErrorKind.INVALID, MISSING_VARIABLE,
                        "Email template '" + name + "' needs the variable '" + variable + "'.");
            }
        }
        // A line break in a subject value would start a new mail header; one line it stays.
        String renderedSubject = fill(subject, values, value -> LINE_BREAKS.matcher(value).replaceAll(" "));
        return new Rendered(renderedSubject, fill(textBody, values, value -> value),
                htmlBody == null ? null : fill(htmlBody, values, EmailTemplate::escapeHtml));
    }

    private static String fill(String part, Map<String, String> values, UnaryOperator<String> encode) {
        Matcher matcher = PLACEHOLDER.matcher(part);
        StringBuilder out = new StringBuilder(part.length() + 32);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(encode.apply(values.get(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
