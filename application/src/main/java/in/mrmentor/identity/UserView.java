package in.mrmentor.identity;

import java.time.Instant;
import java.util.UUID;

/** A user as clients and administrators see it: never the password hash. */
public record UserView(UUID id, String email, String name, String phone, Role role, boolean active, Instant createdAt) {

    public static UserView of(User user) {
        return new UserView(user.id(), user.email().value(), user.name(), user.phone(), user.role(), user.active(),
                user.createdAt());
    }
}
