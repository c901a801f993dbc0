package in.mrmentor.http.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.mrmentor.config.ConfigEntry;
import in.mrmentor.config.DeleteConfig;
import in.mrmentor.config.FeatureFlags;
import in.mrmentor.config.ListConfigs;
import in.mrmentor.config.PublicConfig;
import in.mrmentor.config.ReadPublicConfig;
import in.mrmentor.config.UpdateConfig;
import in.mrmentor.config.UpsertConfig;
import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.ErrorKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * API.md "Runtime configuration": the public read of one non-secret key, and the admin screens over
 * {@code system_configs} and the kill switches. Upsert always answers 200 with the row: the use case
 * does not say whether it created the row, and clients of the seed never relied on a 201 here.
 */
public final class SystemConfigRoutes implements RouteGroup {

    /** Body of the upsert; {@code isActive} is the JSON name clients use (seed 000). */
    public record UpsertBody(@Required String key, @Required String value, String label, String description, Boolean secret,
                             @JsonProperty("isActive") Boolean active) {
    }

    /** Body of the update by id; every field optional. */
    public record UpdateBody(String value, String label, String description, Boolean secret,
                             @JsonProperty("isActive") Boolean active) {
    }

    /** A row as administrators see it; secret values are already masked by the use case. */
    public record EntryView(@Required UUID id, @Required String key, String value, String label, String description, boolean secret,
                            @JsonProperty("isActive") boolean active, Instant createdAt, Instant updatedAt) {
        public static EntryView of(ConfigEntry entry) {
            return new EntryView(entry.id(), entry.key(), entry.value(), entry.label(), entry.description(),
                    entry.secret(), entry.active(), entry.createdAt(), entry.updatedAt());
        }
    }

    private static final String CONFIG_NOT_FOUND = "CONFIG_NOT_FOUND";

    private final ReadPublicConfig readPublic;
    private final ListConfigs list;
    private final UpsertConfig upsert;
    private final UpdateConfig update;
    private final DeleteConfig delete;
    private final FeatureFlags flags;

    public SystemConfigRoutes(ReadPublicConfig readPublic, ListConfigs list, UpsertConfig upsert, UpdateConfig update,
                              DeleteConfig delete, FeatureFlags flags) {
        this.readPublic = readPublic;
        this.list = list;
        this.upsert = upsert;
        this.update = update;
        this.delete = delete;
        this.flags = flags;
    }

    @Override
    public String tag() {
        return "Runtime configuration";
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.get("/api/system-config/{key}", Access.anyone(), "One active, non-secret setting",
                        ctx -> ctx.json(readPublic.read(ctx.pathParam("key"))))
                        .returns(PublicConfig.class).error(ErrorKind.NOT_FOUND, CONFIG_NOT_FOUND),
                Route.get("/api/admin/system-config", admin, "Every setting ordered by key, secrets masked (?limit&cursor)",
                        ctx -> ctx.json(ListPage.of(list.page(Input.limit(ctx), Input.cursor(ctx)), EntryView::of)))
                        .returns(Route.pageOf(EntryView.class)).paged(),
                Route.post("/api/admin/system-config", admin, "Create or change the setting with this key", ctx -> {
                    var command = Input.json(ctx, UpsertBody.class, body -> new UpsertConfig.Command(body.key(),
                            body.value(), body.label(), body.description(), body.secret(), body.active()));
                    ctx.json(EntryView.of(upsert.upsert(command)));
                }).withBody(UpsertBody.class).returns(EntryView.class).error(ErrorKind.CONFLICT, "CONFIG_KEY_TAKEN"),
                Route.put("/api/admin/system-config/{id}", admin, "Change a setting by id", ctx -> {
                    UUID id = Input.uuidPath(ctx, "id");
                    var command = Input.json(ctx, UpdateBody.class, body -> new UpdateConfig.Command(body.value(),
                            body.label(), body.description(), body.secret(), body.active()));
                    ctx.json(EntryView.of(update.update(id, command)));
                }).withBody(UpdateBody.class).returns(EntryView.class).error(ErrorKind.NOT_FOUND, CONFIG_NOT_FOUND),
                Route.delete("/api/admin/system-config/{id}", admin, "Delete a setting by id", ctx -> {
                    delete.delete(Input.uuidPath(ctx, "id"));
                    ctx.status(204);
                }).returnsNoContent().error(ErrorKind.NOT_FOUND, CONFIG_NOT_FOUND),
                Route.get("/api/admin/feature-flags", admin, "The kill switches as this process resolved them",
                        ctx -> ctx.json(flags.killSwitches())).returns(Route.mapOf(Boolean.class)));
    }
}
