package in.mrmentor.http.hiring;

import in.mrmentor.hiring.Recruiter;
import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.Role;
import io.javalin.http.Context;

/** The Mr. Hire routes: one OpenAPI tag, and how a caller becomes a {@link Recruiter}. */
interface HiringRouteGroup extends RouteGroup {

    /** Recruiters and administrators manage posts and applications. */
    Access RECRUITERS = Access.roles(Role.RECRUITER, Role.ADMIN);

    @Override
    default String tag() {
        return "Hiring";
    }

    static Recruiter recruiter(Context ctx) {
        var principal = Caller.principal(ctx);
        return new Recruiter(principal.userId(), principal.role().satisfies(Role.ADMIN));
    }

    /** The caller as a recruiter when signed in as one (or an admin), else null (a public caller). */
    static Recruiter optionalRecruiter(Context ctx) {
        return Caller.optionalPrincipal(ctx)
                .filter(p -> p.role() == Role.RECRUITER || p.role().satisfies(Role.ADMIN))
                .map(p -> new Recruiter(p.userId(), p.role().satisfies(Role.ADMIN)))
                .orElse(null);
    }
}
