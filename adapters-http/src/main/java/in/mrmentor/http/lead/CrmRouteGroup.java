package in.mrmentor.http.lead;

import in.mrmentor.http.Access;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.Role;

/**
 * A route group of the sales CRM: one OpenAPI tag for the context, and the one access its salespeople's
 * routes share (what each may see is then the lead visibility policy's, not the route's).
 */
interface CrmRouteGroup extends RouteGroup {
    Access SALES = Access.roles(Role.SALES, Role.ADMIN);

    @Override
    default String tag() {
        return "Sales CRM";
    }
}
