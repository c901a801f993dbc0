package in.mrmentor.mail;

import in.mrmentor.shared.DomainException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mails an admin may override, by name: each context's definitions, collected where they are wired. */
public final class MailCatalog {
    private final Map<String, MailDefinition> byName = new LinkedHashMap<>();

    public MailCatalog(Collection<MailDefinition> definitions) {
        for (MailDefinition definition : definitions) {
            if (byName.putIfAbsent(definition.name(), definition) != null) {
                throw new IllegalArgumentException("two mails are named " + definition.name());
            }
        }
    }

    public List<MailDefinition> all() {
        return List.copyOf(byName.values());
    }

    /** @throws DomainException 404 {@code EMAIL_TEMPLATE_NOT_FOUND} */
    public MailDefinition get(String name) {
        MailDefinition definition = byName.get(name);
        if (definition == null) {
            throw DomainException.notFound("EMAIL_TEMPLATE_NOT_FOUND", "There is no email template with this name.");
        }
        return definition;
    }
}
