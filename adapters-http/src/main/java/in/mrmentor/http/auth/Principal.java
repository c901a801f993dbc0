package in.mrmentor.http.auth;

import in.mrmentor.identity.Role;

import java.util.Objects;
import java.util.UUID;

/** The signed-in caller of a request, as the access token proved it. */
public record Principal(UUID userId, Role role) {
    public Principal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }
}
