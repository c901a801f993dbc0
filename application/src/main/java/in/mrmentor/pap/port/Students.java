package in.mrmentor.pap.port;

import java.util.Optional;
import java.util.UUID;

/** The e-mail address an e-sign invitation goes to. */
public interface Students {

    Optional<String> email(UUID userId);
}
