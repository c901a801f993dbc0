package in.mrmentor.mail;

import in.mrmentor.mail.port.TemplateOverrides;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every mail an admin may edit: its variables, its default and the override in force, if any. */
public final class ListEmailTemplates {

    public record Entry(MailDefinition mail, Optional<TemplateOverride> override) {
    }

    private final MailCatalog catalog;
    private final TemplateOverrides overrides;

    public ListEmailTemplates(MailCatalog catalog, TemplateOverrides overrides) {
        this.catalog = catalog;
        this.overrides = overrides;
    }

    public List<Entry> list() {
        Map<String, TemplateOverride> byName = overrides.all().stream()
                .collect(Collectors.toMap(TemplateOverride::name, Function.identity()));
        return catalog.all().stream().map(mail -> new Entry(mail, Optional.ofNullable(byName.get(mail.name())))).toList();
    }
}
