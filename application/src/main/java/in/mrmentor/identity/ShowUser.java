package in.mrmentor.identity;

import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;

import java.util.UUID;

/** An operator looks up one account by e-mail address or id ({@code mas users show}). */
public final class ShowUser {
    private final Users users;

    public ShowUser(Users users) {
        this.users = users;
    }

    /** @throws in.mrmentor.shared.DomainException {@code VALIDATION_FAILED}, {@code USER_NOT_FOUND} */
    public UserView byEmail(String email) {
        if (!Email.isValid(email)) {
            throw Validation.invalid("email", "must be a valid e-mail address");
        }
        return users.findByEmail(Email.of(email)).map(UserView::of).orElseThrow(IdentityErrors::userNotFound);
    }

    /** @throws in.mrmentor.shared.DomainException {@code USER_NOT_FOUND} */
    public UserView byId(UUID id) {
        return users.findById(id).map(UserView::of).orElseThrow(IdentityErrors::userIdNotFound);
    }
}
