package in.mrmentor.http.slot;

import in.mrmentor.http.RouteGroup;

/** A route group of the slot context: they share one OpenAPI tag, so the document lists the context's operations together. */
interface SlotRouteGroup extends RouteGroup {

    @Override
    default String tag() {
        return SlotRouteGroups.TAG;
    }
}
