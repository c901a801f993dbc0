package in.mrmentor.http.lead;

import in.mrmentor.lead.VendorKey;

import in.mrmentor.shared.TimeKey;

import in.mrmentor.shared.Keyset;

import in.mrmentor.http.ListPage;


import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.Role;
import in.mrmentor.lead.LeadErrors;
import in.mrmentor.lead.ManageVendorKeys;
import in.mrmentor.lead.VendorKeyStatus;
import in.mrmentor.shared.ErrorKind;

import java.util.List;
import java.util.UUID;

/** CRM.md "Vendor API" for administrators: keys shown once, their lifecycle and daily usage. */
public final class VendorKeyRoutes implements RouteGroup {
    private static final Keyset<VendorKey, TimeKey> KEYS =
            Keyset.byTime("vendor-keys", key -> new TimeKey(key.createdAt(), key.id()));


    public record KeyBody(@Required String vendorName, String note) {
    }

    private final ManageVendorKeys keys;

    public VendorKeyRoutes(ManageVendorKeys keys) {
        this.keys = keys;
    }

    @Override
    public String tag() {
        return "Vendor API";
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.post("/api/admin/vendor-keys", admin, "Issue a vendor key; the key is in this answer only", ctx -> {
                    var body = Input.json(ctx, KeyBody.class);
                    var issued = keys.issue(Caller.principal(ctx).userId(), body.vendorName(), body.note());
                    ctx.status(201).json(new CrmJson.IssuedKeyJson(issued.key().id(), issued.key().vendorName(),
                            issued.key().prefix(), issued.plainKey(), issued.key().status().name()));
                }).withBody(KeyBody.class).returns(201, CrmJson.IssuedKeyJson.class)
                        .error(ErrorKind.UNAVAILABLE, LeadErrors.INTEGRATION_NOT_CONFIGURED),
                Route.get("/api/admin/vendor-keys", admin, "Every vendor key, without secrets",
                        ctx -> ctx.json(ListPage.ofAll(ctx, keys.list(), KEYS, TimeKey.NEWEST_FIRST, CrmJson.VendorKeyJson::of)))
                        .returns(Route.pageOf(CrmJson.VendorKeyJson.class)).paged(),
                move("disable", VendorKeyStatus.DISABLED, admin),
                move("enable", VendorKeyStatus.ACTIVE, admin),
                move("revoke", VendorKeyStatus.REVOKED, admin),
                Route.get("/api/admin/vendor-keys/{id}/usage", admin, "Requests per business day (default: the last 30 days)",
                        ctx -> {
                            UUID id = Input.uuidPath(ctx, "id");
                            ctx.json(keys.usage(id, Input.dateQuery(ctx, "from"), Input.dateQuery(ctx, "to")).stream()
                                    .map(CrmJson.UsageJson::of).toList());
                        }).returns(Route.listOf(CrmJson.UsageJson.class))
                        .query("from", java.time.LocalDate.class, "first day, YYYY-MM-DD")
                        .query("to", java.time.LocalDate.class, "last day, YYYY-MM-DD")
                        .error(ErrorKind.NOT_FOUND, LeadErrors.VENDOR_KEY_NOT_FOUND));
    }

    private Route move(String verb, VendorKeyStatus target, Access admin) {
        return Route.post("/api/admin/vendor-keys/{id}/" + verb, admin,
                "Move the key to " + target + " (a revoked key never comes back)",
                ctx -> ctx.json(CrmJson.VendorKeyJson.of(keys.move(Input.uuidPath(ctx, "id"), target))))
                .returns(CrmJson.VendorKeyJson.class)
                .error(ErrorKind.NOT_FOUND, LeadErrors.VENDOR_KEY_NOT_FOUND)
                .error(ErrorKind.CONFLICT, LeadErrors.INVALID_TRANSITION);
    }
}
