package in.mrmentor.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import in.mrmentor.shared.PlainText;

import java.io.IOException;

/** Every string of every request body, in records, lists and nested objects alike, is {@link PlainText}. */
final class PlainTextDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    PlainTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        // Jackson's own deserializer keeps the mapper's coercion rules (no number or boolean as text).
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && !PlainText.isPlain(value)) {
            throw new RefusedValue(parser, String.class, PlainText.MESSAGE);
        }
        return value;
    }
}
