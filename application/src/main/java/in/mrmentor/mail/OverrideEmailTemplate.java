package in.mrmentor.mail;

import in.mrmentor.mail.port.TemplateEngine;
import in.mrmentor.mail.port.TemplateOverrides;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An admin replaces a mail's subject and bodies. Each part must parse, may name only the variables
 * its mail provides, and together they must keep the required ones; every failing part is named.
 */
public final class OverrideEmailTemplate {

    /** @param html null for a plain-text mail */
    public record Command(String subject, String html, String text) {
        public Command {
            new Validation()
                    .requireText(subject, "subject", 998)
                    .optionalText(html, "html", TemplateOverride.MAX_BODY)
                    .require(html == null || !html.isBlank(), "html", "must be absent or not blank")
                    .requireText(text, "text", TemplateOverride.MAX_BODY)
                    .orThrow();
        }
    }

    private final MailCatalog catalog;
    private final TemplateOverrides overrides;
    private final TemplateEngine engine;
    private final Transactions transactions;
    private final Clock clock;

    public OverrideEmailTemplate(MailCatalog catalog, TemplateOverrides overrides, TemplateEngine engine,
                                 Transactions transactions, Clock clock) {
        this.catalog = catalog;
        this.overrides = overrides;
        this.engine = engine;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws in.mrmentor.shared.DomainException 404 {@code EMAIL_TEMPLATE_NOT_FOUND}, 400 {@code VALIDATION_FAILED} */
    public TemplateOverride override(UUID adminId, String name, Command command) {
        var mail = catalog.get(name);
        var validation = new Validation();
        Set<String> used = new HashSet<>();
        check(mail, "subject", command.subject(), validation, used);
        if (command.html() != null) {
            check(mail, "html", command.html(), validation, used);
        }
        check(mail, "text", command.text(), validation, used);
        for (String required : new TreeSet<>(mail.required())) {
            validation.require(used.contains(required), "text",
                    "must use the variable '" + required + "' (required by " + name + ")");
        }
        validation.orThrow();
        var override = new TemplateOverride(name, command.subject(), command.html(), command.text(), adminId,
                clock.instant());
        transactions.run(() -> overrides.save(override));
        return override;
    }

    private void check(MailDefinition mail, String field, String template, Validation validation, Set<String> used) {
        Set<String> variables;
        try {
            variables = engine.variables(template);
        } catch (IllegalArgumentException unparsable) {
            validation.require(false, field, unparsable.getMessage());
            return;
        }
        used.addAll(variables);
        for (String variable : new TreeSet<>(variables)) {
            validation.require(mail.variables().contains(variable), field, "names the variable '" + variable
                    + "' which " + mail.name() + " does not provide (it provides " + new TreeSet<>(mail.variables()) + ")");
        }
    }
}
