package in.mrmentor.http.mail;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.Role;
import in.mrmentor.mail.EmailTemplate;
import in.mrmentor.mail.ListEmailTemplates;
import in.mrmentor.mail.OverrideEmailTemplate;
import in.mrmentor.mail.PreviewEmailTemplate;
import in.mrmentor.mail.RestoreEmailTemplate;
import in.mrmentor.mail.TemplateOverride;
import in.mrmentor.shared.ErrorKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/** Admins edit the platform's mails (API.md wave 2): list, override, restore the default, preview. */
public final class EmailTemplateRoutes implements RouteGroup {
    private static final String NOT_FOUND = "EMAIL_TEMPLATE_NOT_FOUND";

    public record TemplateBody(String subject, String html, String text) {
    }

    public record PreviewBody(Map<String, String> variables) {
    }

    public record PartsJson(String subject, String html, String text) {
        static PartsJson of(EmailTemplate.Rendered rendered) {
            return new PartsJson(rendered.subject(), rendered.htmlBody(), rendered.textBody());
        }
    }

    public record OverrideJson(String subject, String html, String text, UUID updatedBy, Instant updatedAt) {
        static OverrideJson of(TemplateOverride o) {
            return new OverrideJson(o.subject(), o.html(), o.text(), o.updatedBy(), o.updatedAt());
        }
    }

    /** @param override null while the default is in force */
    public record TemplateJson(String name, List<String> variables, List<String> required,
                               @JsonProperty("default") PartsJson defaults, OverrideJson override) {
        static TemplateJson of(ListEmailTemplates.Entry entry) {
            var mail = entry.mail();
            var d = mail.defaults();
            return new TemplateJson(mail.name(), List.copyOf(new TreeSet<>(mail.variables())),
                    List.copyOf(new TreeSet<>(mail.required())), new PartsJson(d.subject(), d.htmlBody(), d.textBody()),
                    entry.override().map(OverrideJson::of).orElse(null));
        }
    }

    private final ListEmailTemplates list;
    private final OverrideEmailTemplate override;
    private final RestoreEmailTemplate restore;
    private final PreviewEmailTemplate preview;

    public EmailTemplateRoutes(ListEmailTemplates list, OverrideEmailTemplate override, RestoreEmailTemplate restore,
                               PreviewEmailTemplate preview) {
        this.list = list;
        this.override = override;
        this.restore = restore;
        this.preview = preview;
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.get("/api/admin/email-templates", admin, "Every editable mail: variables, default and override",
                        ctx -> ctx.json(list.list().stream().map(TemplateJson::of).toList()))
                        .returns(Route.listOf(TemplateJson.class)),
                Route.put("/api/admin/email-templates/{name}", admin,
                        "Override a mail's subject and bodies (used from the next mail on)", ctx -> {
                            var command = Input.json(ctx, TemplateBody.class,
                                    body -> new OverrideEmailTemplate.Command(body.subject(), body.html(), body.text()));
                            var saved = override.override(Caller.principal(ctx).userId(), ctx.pathParam("name"), command);
                            ctx.json(OverrideJson.of(saved));
                        }).withBody(TemplateBody.class).returns(OverrideJson.class)
                        .error(ErrorKind.NOT_FOUND, NOT_FOUND),
                Route.delete("/api/admin/email-templates/{name}", admin, "Drop the override: the default applies again",
                        ctx -> {
                            restore.restore(ctx.pathParam("name"));
                            ctx.status(204);
                        }).returnsNoContent().error(ErrorKind.NOT_FOUND, NOT_FOUND),
                Route.post("/api/admin/email-templates/{name}/preview", admin,
                        "Render the mail as it would be sent now, with sample variables", ctx -> {
                            var body = Input.optionalJson(ctx, PreviewBody.class, new PreviewBody(Map.of()));
                            ctx.json(PartsJson.of(preview.preview(ctx.pathParam("name"),
                                    body.variables() == null ? Map.of() : body.variables())));
                        }).withBody(PreviewBody.class).returns(PartsJson.class)
                        .error(ErrorKind.NOT_FOUND, NOT_FOUND));
    }
}
