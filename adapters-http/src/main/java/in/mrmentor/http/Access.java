package in.mrmentor.http;

import in.mrmentor.identity.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who may call a route: anyone, any signed-in user, or users holding one of some roles. */
public sealed interface Access {

    /** True when a signed-in user with {@code role} may call the route. */
    boolean allows(Role role);

    /** True when callers need not sign in at all. */
    boolean isPublic();

    /** Who may call, as the API document lists it. */
    List<String> documentedRoles();

    static Access anyone() {
        return Anyone.INSTANCE;
    }

    /**
     * Anyone, and a caller who sends a valid access token is recognised (an owner sees their own draft
     * on a public route); an invalid or missing token just means an anonymous caller.
     */
    static Access anyoneRecognisingUsers() {
        return AnyoneRecognisingUsers.INSTANCE;
    }

    static Access anyUser() {
        return AnyUser.INSTANCE;
    }

    /**
     * Callers that present an API key in {@code header} instead of signing in (vendors); the route's
     * handler checks the key, the server asks for no token.
     */
    static Access apiKey(String header) {
        return new ApiKey(header);
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

        @Override
        public boolean isPublic() {
            return true;
        }

        @Override
        public List<String> documentedRoles() {
            return List.of("anyone");
        }
    }

    record AnyoneRecognisingUsers() implements Access {
        static final AnyoneRecognisingUsers INSTANCE = new AnyoneRecognisingUsers();

        @Override
        public boolean allows(Role role) {
            return true;
        }

        @Override
        public boolean isPublic() {
            return true;
        }

        @Override
        public List<String> documentedRoles() {
            return List.of("anyone");
        }
    }

    record AnyUser() implements Access {
        static final AnyUser INSTANCE = new AnyUser();

        @Override
        public boolean allows(Role role) {
            return role != null;
        }

        @Override
        public boolean isPublic() {
            return false;
        }

        @Override
        public List<String> documentedRoles() {
            return List.of("any signed-in user");
        }
    }

    record ApiKey(String header) implements Access {
        public ApiKey {
            if (header == null || header.isBlank()) {
                throw new IllegalArgumentException("the API key header needs a name");
            }
        }

        @Override
        public boolean allows(Role role) {
            return true;
        }

        @Override
        public boolean isPublic() {
            return true;
        }

        @Override
        public List<String> documentedRoles() {
            return List.of("holders of an API key in " + header);
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

        @Override
        public boolean isPublic() {
            return false;
        }

        /** The roles in declaration order. */
        @Override
        public List<String> documentedRoles() {
            return Arrays.stream(Role.values()).filter(required::contains).map(Role::name).toList();
        }
    }
}
