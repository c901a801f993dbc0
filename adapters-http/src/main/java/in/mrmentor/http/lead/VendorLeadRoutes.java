package in.mrmentor.http.lead;

import in.mrmentor.http.Access;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.lead.AuthenticateVendor;
import in.mrmentor.lead.LeadErrors;
import in.mrmentor.lead.SubmitVendorLead;
import in.mrmentor.lead.VendorKey;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.RateLimitedException;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.List;
import java.util.Map;

/**
 * Journey 7 for vendors, with {@code x-api-key}: every answer to a valid key carries the key's
 * {@code RateLimit-*} headers, counted across all server processes; past the limit, 429.
 */
public final class VendorLeadRoutes implements RouteGroup {
    public static final String HEADER = "x-api-key";
    private static final String KEY = "mas.vendorKey";

    public record VendorLeadBody(@Required String name, @Required String phone, String email, String campaign, Map<String, String> extra) {
    }

    private final AuthenticateVendor authenticate;
    private final SubmitVendorLead submit;
    private final Idempotent idempotent;

    public VendorLeadRoutes(AuthenticateVendor authenticate, SubmitVendorLead submit, Idempotent idempotent) {
        this.authenticate = authenticate;
        this.idempotent = idempotent;
        this.submit = submit;
    }

    @Override
    public String tag() {
        return "Vendor API";
    }

    @Override
    public List<Route> routes() {
        Access vendor = Access.apiKey(HEADER);
        return List.of(
                Route.post("/api/vendor/leads", vendor, "Submit a lead (Idempotency-Key honoured per key)",
                        idempotent.handler(ctx -> {
                            // API.md "Input" holds for every route before anything else: a body that is no JSON
                            // of plain text is refused before the key is looked at (bounded by the request limit).
                            Input.json(ctx, VendorLeadBody.class);
                            admit(ctx);
                            return "vendor-key:" + key(ctx).id();
                        }, ctx -> {
                            var body = Input.json(ctx, VendorLeadBody.class);
                            var submitted = submit.submit(key(ctx), ctx.header(Idempotent.HEADER), body.name(),
                                    body.phone(), body.email(), body.campaign(), body.extra());
                            if (submitted.replayed()) {
                                ctx.header(Idempotent.REPLAYED_HEADER, "true");
                            }
                            return new Idempotent.Reply(202, CrmJson.VendorLeadJson.of(submitted.lead()));
                        })).withBody(VendorLeadBody.class).returns(202, CrmJson.VendorLeadJson.class)
                        .error(ErrorKind.UNAUTHENTICATED, LeadErrors.INVALID_API_KEY)
                        .error(ErrorKind.TOO_MANY_REQUESTS, RateLimitedException.CODE),
                Route.get("/api/vendor/leads/{id}", vendor, "One of this key's own leads", keyed(ctx ->
                        ctx.json(CrmJson.VendorLeadJson.of(submit.show(key(ctx), Input.uuidPath(ctx, "id"))))))
                        .returns(CrmJson.VendorLeadJson.class)
                        .error(ErrorKind.UNAUTHENTICATED, LeadErrors.INVALID_API_KEY)
                        .error(ErrorKind.NOT_FOUND, LeadErrors.VENDOR_LEAD_NOT_FOUND)
                        .error(ErrorKind.TOO_MANY_REQUESTS, RateLimitedException.CODE));
    }

    private Handler keyed(Handler route) {
        return ctx -> {
            admit(ctx);
            route.handle(ctx);
        };
    }

    private void admit(Context ctx) {
        var admission = authenticate.admit(ctx.header(HEADER));
        CampaignRoutes.headers(ctx, admission.quota());
        if (!admission.quota().admitted()) {
            throw new RateLimitedException(admission.quota());
        }
        ctx.attribute(KEY, admission.key());
    }

    private static VendorKey key(Context ctx) {
        return ctx.attribute(KEY);
    }
}
