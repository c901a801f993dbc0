package in.mrmentor.mail.port;

import java.util.Map;
import java.util.Set;

/** Renders {@code {{variable}}} templates (Mustache): the library behind the admin-editable mails. */
public interface TemplateEngine {

    /** Whether values are HTML-escaped: in the HTML body only; subject and text show them as typed. */
    enum Escaping { HTML, NONE }

    /**
     * The variable names the template uses (sections included).
     *
     * @throws IllegalArgumentException when it does not parse, or uses what mails may not (partials,
     *                                  unescaped values, delimiter changes); the message says why
     */
    Set<String> variables(String template);

    /** Fills the template; a variable without a value renders empty. */
    String render(String template, Map<String, String> values, Escaping escaping);
}
