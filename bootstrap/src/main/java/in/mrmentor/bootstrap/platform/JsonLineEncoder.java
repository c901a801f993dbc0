package in.mrmentor.bootstrap.platform;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.slf4j.event.KeyValuePair;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code LOG_FORMAT=json}: one JSON object per line with an ISO-8601 UTC {@code timestamp}, and the MDC
 * fields ({@code requestId}, {@code userId}) and the event's key-value pairs (the access log's
 * {@code route}, {@code status}, ...) as top-level fields, so a log pipeline can filter on them without
 * unpacking nested objects. Logback's own JsonEncoder nests both and writes epoch milliseconds.
 */
public final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {
    private static final byte[] NOTHING = new byte[0];
    private static final Set<String> RESERVED = Set.of("timestamp", "level", "logger", "thread", "message", "error");
    private final JsonFactory json = new JsonFactory();

    @Override
    public byte[] headerBytes() {
        return NOTHING;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator line = json.createGenerator(out)) {
            line.writeStartObject();
            line.writeStringField("timestamp", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            line.writeStringField("level", event.getLevel().toString());
            line.writeStringField("logger", event.getLoggerName());
            line.writeStringField("thread", event.getThreadName());
            line.writeStringField("message", event.getFormattedMessage());
            Set<String> written = new HashSet<>(RESERVED);
            Map<String, String> mdc = event.getMDCPropertyMap();
            if (mdc != null) {
                for (Map.Entry<String, String> field : mdc.entrySet()) {
                    if (field.getValue() != null && written.add(field.getKey())) {
                        line.writeStringField(field.getKey(), field.getValue());
                    }
                }
            }
            if (event.getKeyValuePairs() != null) {
                for (KeyValuePair pair : event.getKeyValuePairs()) {
                    if (pair.key != null && written.add(pair.key)) {
                        line.writeFieldName(pair.key);
                        if (pair.value instanceof Number number) {
                            line.writeNumber(number.toString());
                        } else {
                            line.writeString(String.valueOf(pair.value));
                        }
                    }
                }
            }
            IThrowableProxy error = event.getThrowableProxy();
            if (error != null) {
                line.writeStringField("error", ThrowableProxyUtil.asString(error));
            }
            line.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    @Override
    public byte[] footerBytes() {
        return NOTHING;
    }
}
