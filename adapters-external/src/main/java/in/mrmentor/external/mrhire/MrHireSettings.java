package in.mrmentor.external.mrhire;

import java.net.URI;
import java.util.Objects;

/** Where the Mr. Hire backend is and the token its internal API takes. {@code toString()} never shows the token. */
public record MrHireSettings(URI backendUrl, String internalServiceToken) {

    public MrHireSettings {
        Objects.requireNonNull(backendUrl, "backendUrl");
        Objects.requireNonNull(internalServiceToken, "internalServiceToken");
    }

    @Override
    public String toString() {
        return "MrHireSettings[backendUrl=" + backendUrl + ", internalServiceToken=********]";
    }
}
