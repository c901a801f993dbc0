package in.mrmentor.shared.port;

import java.util.UUID;

/** Where new identifiers come from, so tests can make them predictable. */
@FunctionalInterface
public interface Ids {

    UUID next();

    static Ids random() {
        return UUID::randomUUID;
    }
}
