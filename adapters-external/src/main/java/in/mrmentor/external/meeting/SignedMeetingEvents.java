package in.mrmentor.external.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.slot.port.MeetingEvents;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Meeting-provider webhooks signed like the payment ones: {@code X-Meeting-Signature} is the hex
 * HMAC-SHA256 of the raw body with {@code LIVEKIT_WEBHOOK_SECRET}. Body: {@code {"event":"meeting_ended",
 * "slotId":"<uuid>"}}; other events are acknowledged and ignored.
 */
public final class SignedMeetingEvents implements MeetingEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<byte[]> secret;

    public SignedMeetingEvents(Optional<String> secret) {
        this.secret = secret.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Event read(byte[] rawBody, String signature) {
        byte[] key = secret.orElseThrow(() -> new DomainException(ErrorKind.UNAVAILABLE, "INTEGRATION_NOT_CONFIGURED",
                "Meeting events are not configured on this server (LIVEKIT_WEBHOOK_SECRET)."));
        if (signature == null || !MessageDigest.isEqual(hmac(key, rawBody), signature.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw invalid();
        }
        try {
            JsonNode event = JSON.readTree(rawBody);
            String type = event.path("event").asText("");
            if (!"meeting_ended".equals(type)) {
                return new Ignored(type);
            }
            return new Ended(UUID.fromString(event.path("slotId").asText("")));
        } catch (IOException | IllegalArgumentException e) {
            throw new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "The meeting event is not readable.");
        }
    }

    private static byte[] hmac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static DomainException invalid() {
        return new DomainException(ErrorKind.INVALID, "INVALID_SIGNATURE", "The meeting event's signature does not match.");
    }

    @Override
    public String toString() {
        return "SignedMeetingEvents[secret=" + (secret.isPresent() ? "********" : "unset") + "]";
    }
}
