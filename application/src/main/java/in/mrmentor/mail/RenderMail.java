package in.mrmentor.mail;

import java.util.List;
import java.util.ArrayList;
import in.mrmentor.mail.port.TemplateEngine;
import in.mrmentor.mail.port.TemplateOverrides;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Renders a mail from its admin override when there is one, else from its default in code, with
 * the template engine: values HTML-escaped in the HTML body only, the subject kept on one line.
 * The override is read at each send, so an edit applies from the next mail on.
 */
public final class RenderMail {
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    private final TemplateOverrides overrides;
    private final TemplateEngine engine;

    public RenderMail(TemplateOverrides overrides, TemplateEngine engine) {
        this.overrides = Objects.requireNonNull(overrides, "overrides");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** @throws DomainException {@link EmailTemplate#MISSING_VARIABLE} when the sending code left out a provided variable */
    public EmailTemplate.Rendered render(MailDefinition mail, Map<String, String> values) {
        for (String variable : mail.variables()) {
            if (values.get(variable) == null) {
                throw new DomainException(ErrorKind.INVALID, EmailTemplate.MISSING_VARIABLE,
                        "Email template '" + mail.name() + "' needs the variable '" + variable + "'.");
            }
        }
        var override = overrides.find(mail.name());
        var defaults = mail.defaults();
        return render(override.map(TemplateOverride::subject).orElse(defaults.subject()),
                override.map(TemplateOverride::html).orElse(override.isPresent() ? null : defaults.htmlBody()),
                override.map(TemplateOverride::text).orElse(defaults.textBody()), values);
    }

    /** {@link #render(MailDefinition, Map)} for several value sets, with one look-up of the override. */
    public List<EmailTemplate.Rendered> renderAll(MailDefinition mail, List<Map<String, String>> valueSets) {
        for (Map<String, String> values : valueSets) {
            for (String variable : mail.variables()) {
                if (values.get(variable) == null) {
                    throw new DomainException(ErrorKind.INVALID, EmailTemplate.MISSING_VARIABLE,
                            "Email template '" + mail.name() + "' needs the variable '" + variable + "'.");
                }
            }
        }
        var override = overrides.find(mail.name());
        var defaults = mail.defaults();
        List<EmailTemplate.Rendered> rendered = new ArrayList<>();
        for (Map<String, String> values : valueSets) {
            rendered.add(render(override.map(TemplateOverride::subject).orElse(defaults.subject()),
                    override.map(TemplateOverride::html).orElse(override.isPresent() ? null : defaults.htmlBody()),
                    override.map(TemplateOverride::text).orElse(defaults.textBody()), values));
        }
        return rendered;
    }

    /** Renders the given parts; a missing value renders empty (previews with partial variables). */
    public EmailTemplate.Rendered render(String subject, String html, String text, Map<String, String> values) {
        String renderedSubject = LINE_BREAKS.matcher(engine.render(subject, values, TemplateEngine.Escaping.NONE))
                .replaceAll(" ").strip();
        return new EmailTemplate.Rendered(renderedSubject.isEmpty() ? "(no subject)" : renderedSubject,
                engine.render(text, values, TemplateEngine.Escaping.NONE),
                html == null ? null : engine.render(html, values, TemplateEngine.Escaping.HTML));
    }
}
