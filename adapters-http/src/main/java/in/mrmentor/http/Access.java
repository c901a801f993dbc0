package in.mrmentor.http;

import in.mrmentor.identity.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Who may call a route: anyone, any signed-in user, or users holding one of some roles. */
public sealed interface Access {

    /** True when a signed-in user with {@code role} may call the route. */
    boolean allows(Role role);

    default boolean isPublic() {
        return this instanceof Anyone;
    }

    static Access anyone() {
        return Anyone.INSTANCE;
    }

    static Access anyUser() {
        return AnyUser.INSTANCE;
    }

    /** Users holding one of {@code roles}; SUPERADMIN counts as ADMIN ({@link Role#satisfies}). */
    static Access roles(Role first, Role... more) {
        Set<Role> roles = EnumSet.of(first, more);
        return new Roles(roles);
    }

    record Anyone() implements Access {
        static final Anyone INSTANCE = new Anyone();

        @Override
        public boolean allows(Role role) {
            return true;
        }
    }

    record AnyUser() implements Access {
        static final AnyUser INSTANCE = new AnyUser();

        @Override
        public boolean allows(Role role) {
            return role != null;
        }
    }

    record Roles(Set<Role> required) implements Access {
        public Roles {
            if (required.isEmpty()) {
                throw new IllegalArgumentException("at least one role");
            }
            required = Set.copyOf(required);
        }

        @Override
        public boolean allows(Role role) {
            return role != null && required.stream().anyMatch(role::satisfies);
        }

        /** The roles in declaration order, for documentation. */
        public Role[] sorted() {
            return Arrays.stream(Role.values()).filter(required::contains).toArray(Role[]::new);
        }
    }
}
