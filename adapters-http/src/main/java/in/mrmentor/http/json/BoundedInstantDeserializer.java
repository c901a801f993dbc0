package in.mrmentor.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import in.mrmentor.shared.InstantBounds;

import java.io.IOException;
import java.time.Instant;

/** Every instant of every request body lies within {@link InstantBounds}, whichever field it is. */
final class BoundedInstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    BoundedInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        // API.md: instants are ISO-8601 text. A bare number would be read as epoch seconds (or millis, by
        // the mapper's settings), a guess about the client's unit that a wrong type should never get.
        if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        Instant value = InstantDeserializer.INSTANT.deserialize(parser, context);
        if (value != null && !InstantBounds.contains(value)) {
            throw new RefusedValue(parser, Instant.class, InstantBounds.MESSAGE);
        }
        return value;
    }
}
