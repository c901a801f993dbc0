package in.mrmentor.mail;

import in.mrmentor.mail.port.TemplateOverrides;

import java.util.Map;

/** Renders a mail as it would be sent now (override or default) with the admin's sample values. */
public final class PreviewEmailTemplate {
    private final MailCatalog catalog;
    private final TemplateOverrides overrides;
    private final RenderMail render;

    public PreviewEmailTemplate(MailCatalog catalog, TemplateOverrides overrides, RenderMail render) {
        this.catalog = catalog;
        this.overrides = overrides;
        this.render = render;
    }

    /** Variables without a value render empty. @throws in.mrmentor.shared.DomainException 404 */
    public EmailTemplate.Rendered preview(String name, Map<String, String> values) {
        var defaults = catalog.get(name).defaults();
        return overrides.find(name)
                .map(o -> render.render(o.subject(), o.html(), o.text(), values))
                .orElseGet(() -> render.render(defaults.subject(), defaults.htmlBody(), defaults.textBody(), values));
    }
}
