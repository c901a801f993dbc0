package in.mrmentor.bootstrap;

import java.util.Objects;

/** A configured secret. Its {@code toString()} never shows the value, so it can't leak into a log line by accident. */
public record Secret(String value) {
    public Secret {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "********";
    }
}
