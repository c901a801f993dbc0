package in.mrmentor.http.identity;

import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Fields;
import in.mrmentor.http.Input;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.ChangeUserAccess;
import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.FieldError;

import java.util.ArrayList;
import java.util.List;

/** API.md "Completing identity": {@code PATCH /api/admin/users/{id}} through {@link ChangeUserAccess}. */
public final class UserAccessRoutes implements RouteGroup {

    /** Every field optional; a field left out stays as it is. */
    public record ChangeUserBody(Boolean active, String role, String name) {
    }

    private final ChangeUserAccess changeUserAccess;

    public UserAccessRoutes(ChangeUserAccess changeUserAccess) {
        this.changeUserAccess = changeUserAccess;
    }

    @Override
    public String tag() {
        return "Identity";
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.patch("/api/admin/users/{id}", Access.roles(Role.ADMIN),
                        "Activate, deactivate, rename or change the role of a user; a role or activity change ends its tokens at once",
                        ctx -> {
                            var id = Input.uuidPath(ctx, "id");
                            var command = Input.json(ctx, ChangeUserBody.class, UserAccessRoutes::toCommand);
                            ctx.json(IdentityRoutes.UserJson.of(changeUserAccess.change(Caller.principal(ctx).role(), id,
                                    command)));
                        })
                .withBody(ChangeUserBody.class)
                .returns(IdentityRoutes.UserJson.class)
                .error(ErrorKind.NOT_FOUND, IdentityErrors.USER_NOT_FOUND)
                .error(ErrorKind.FORBIDDEN, IdentityErrors.FORBIDDEN)
                .error(ErrorKind.CONFLICT, IdentityErrors.LAST_SUPERADMIN));
    }

    /** An unknown role is named beside a refused name, in one answer. */
    private static ChangeUserAccess.Command toCommand(ChangeUserBody body) {
        List<FieldError> refused = new ArrayList<>();
        Role role = null;
        if (body.role() != null) {
            try {
                role = Input.requiredEnum(body.role(), "role", Role.class);
            } catch (DomainException e) {
                refused.addAll(e.fieldErrors());
            }
        }
        Role chosen = role;
        return new Fields(refused).build(() -> new ChangeUserAccess.Command(body.active(), chosen, body.name()));
    }
}
