package in.mrmentor.external.hiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.hiring.HiringErrors;
import in.mrmentor.hiring.port.InterviewEvents;
import in.mrmentor.shared.FieldError;
import in.mrmentor.shared.InstantBounds;
import in.mrmentor.shared.PlainText;
import in.mrmentor.shared.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Voice-interview provider events: {@code X-Signature} is the hex HMAC-SHA256 of the raw body with
 * {@code MR_HIRE_WEBHOOK_SECRET}. Body {@code {eventId, applicationId, type: message|completed, role?, text?, at}}.
 */
public final class SignedInterviewEvents implements InterviewEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<byte[]> secret;

    public SignedInterviewEvents(Optional<String> secret) {
        this.secret = secret.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Event read(byte[] rawBody, String signature) {
        byte[] key = secret.orElseThrow(() -> HiringErrors.notConfigured("Voice-interview events (MR_HIRE_WEBHOOK_SECRET)"));
        byte[] expected = HexFormat.of().formatHex(HmacQuizLinks.hmac(key, rawBody)).getBytes(StandardCharsets.US_ASCII);
        if (signature == null || !MessageDigest.isEqual(expected,
                signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw HiringErrors.invalidSignature();
        }
        JsonNode event;
        try {
            event = JSON.readTree(rawBody);
        } catch (IOException e) {
            throw Validation.invalid("body", "must be a JSON object");
        }
        if (event == null || !event.isObject()) {
            throw Validation.invalid("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        String eventId = text(event, "eventId", 200, true, errors);
        String applicationRaw = text(event, "applicationId", 36, true, errors);
        String type = text(event, "type", 20, true, errors);
        String role = text(event, "role", 40, false, errors);
        String spoken = text(event, "text", 20_000, false, errors);
        String atRaw = text(event, "at", 40, true, errors);
        UUID applicationId = null;
        if (applicationRaw != null) {
            try {
                applicationId = UUID.fromString(applicationRaw);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("applicationId", "must be a UUID"));
            }
        }
        if (type != null && !type.equals("message") && !type.equals("completed")) {
            errors.add(new FieldError("type", "must be message or completed"));
        }
        if ("message".equals(type)) {
            if (role == null) {
                errors.add(new FieldError("role", "is required for a message"));
            }
            if (spoken == null) {
                errors.add(new FieldError("text", "is required for a message"));
            }
        }
        Instant at = null;
        if (atRaw != null) {
            try {
                at = Instant.parse(atRaw);
                if (!InstantBounds.contains(at)) {
                    errors.add(new FieldError("at", "is out of range"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("at", "must be an ISO-8601 UTC timestamp"));
            }
        }
        if (!errors.isEmpty()) {
            throw Validation.invalid(errors);
        }
        return new Event(eventId, applicationId, type, role, spoken, at);
    }

    private static String text(JsonNode event, String field, int max, boolean required, List<FieldError> errors) {
        JsonNode node = event.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            errors.add(new FieldError(field, "must be a non-blank string"));
            return null;
        }
        String value = node.asText();
        if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        if (!PlainText.isPlain(value)) {
            errors.add(new FieldError(field, PlainText.MESSAGE));
            return null;
        }
        return value;
    }

    @Override
    public String toString() {
        return "SignedInterviewEvents[secret=" + (secret.isPresent() ? "********" : "unset") + "]";
    }
}
