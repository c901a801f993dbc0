package in.mrmentor.token;

import in.mrmentor.shared.DomainException;
import in.mrmentor.token.port.TokenHolders;

import java.util.Locale;
import java.util.UUID;

/** The user an operator names by e-mail address (the CLI's {@code --email}). */
public final class FindTokenHolder {
    private final TokenHolders holders;

    public FindTokenHolder(TokenHolders holders) {
        this.holders = holders;
    }

    public UUID byEmail(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return holders.idByEmail(normalised)
                .orElseThrow(() -> DomainException.notFound("USER_NOT_FOUND", "There is no user with this e-mail address."));
    }
}
