package in.mrmentor.identity;

import in.mrmentor.identity.port.Users;

import java.util.UUID;

/** {@code GET /api/auth/me}: the caller's own account. */
public final class ShowCurrentUser {
    private final Users users;

    public ShowCurrentUser(Users users) {
        this.users = users;
    }

    public UserView show(UUID userId) {
        return users.findById(userId).filter(User::active).map(UserView::of)
                .orElseThrow(IdentityErrors::unauthenticated);
    }
}
