package in.mrmentor.http.invoice;

import in.mrmentor.http.Caller;
import in.mrmentor.http.RouteGroup;
import io.javalin.http.Context;

/** A route group of finance: they share one OpenAPI tag. */
interface FinanceRouteGroup extends RouteGroup {
    String TAG = "Finance";

    @Override
    default String tag() {
        return TAG;
    }

    /** Who acts, as the audit log names them. */
    static String trigger(Context ctx) {
        return "user:" + Caller.principal(ctx).userId();
    }
}
