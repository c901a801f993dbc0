package in.mrmentor.token;

import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.token.port.TokenHolders;

import java.util.Locale;
import java.util.UUID;

/** The user an operator names by e-mail address (the CLI's {@code --email}); worded as {@code mas users show} words it. */
public final class FindTokenHolder {
    private final TokenHolders holders;

    public FindTokenHolder(TokenHolders holders) {
        this.holders = holders;
    }

    public UUID byEmail(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return holders.idByEmail(normalised)
                .orElseThrow(IdentityErrors::userNotFound);
    }
}
