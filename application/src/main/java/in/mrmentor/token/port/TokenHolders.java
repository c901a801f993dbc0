package in.mrmentor.token.port;

import java.util.Optional;
import java.util.UUID;

/** Finds the user an operator names by e-mail address (the CLI), without reaching into identity's ports. */
public interface TokenHolders {

    Optional<UUID> idByEmail(String email);
}
