package in.mrmentor.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value our own deserializers refuse (control characters in text, an instant out of range), with
 * the message the client gets. Being a Jackson mapping exception, it collects the field path on its
 * way out of the binding like any type mismatch does.
 */
final class RefusedValue extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    private final String clientMessage;

    RefusedValue(JsonParser parser, Class<?> targetType, String clientMessage) {
        super(parser, "refused " + targetType.getSimpleName() + ": " + clientMessage, targetType);
        this.clientMessage = clientMessage;
    }

    String clientMessage() {
        return clientMessage;
    }
}
