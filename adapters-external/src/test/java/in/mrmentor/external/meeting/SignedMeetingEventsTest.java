package in.mrmentor.external.meeting;

import in.mrmentor.shared.DomainException;
import in.mrmentor.slot.port.MeetingEvents;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedMeetingEventsTest {
    private static final String SECRET = "meeting-secret";
    private final SignedMeetingEvents events = new SignedMeetingEvents(Optional.of(SECRET));

    private static String sign(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aSignedMeetingEndedEventNamesItsSlot() throws Exception {
        UUID slot = UUID.randomUUID();
        byte[] body = ("{\"event\":\"meeting_ended\",\"slotId\":\"" + slot + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(events.read(body, sign(body))).isEqualTo(new MeetingEvents.Ended(slot));
        assertThat(events.read(body, sign(body).toUpperCase())).isEqualTo(new MeetingEvents.Ended(slot));
    }

    @Test
    void otherEventsAreIgnoredAndBadInputIsRefused() throws Exception {
        byte[] other = "{\"event\":\"participant_left\"}".getBytes(StandardCharsets.UTF_8);
        byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);

        assertThat(events.read(other, sign(other))).isEqualTo(new MeetingEvents.Ignored("participant_left"));
        assertThat(codeOf(() -> events.read(other, "00"))).isEqualTo("INVALID_SIGNATURE");
        assertThat(codeOf(() -> events.read(other, null))).isEqualTo("INVALID_SIGNATURE");
        assertThat(codeOf(() -> {
            try {
                events.read(garbage, sign(garbage));
            } catch (DomainException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void withoutASecretTheIntegrationIsNotConfigured() {
        var unconfigured = new SignedMeetingEvents(Optional.empty());

        assertThat(codeOf(() -> unconfigured.read(new byte[0], "x"))).isEqualTo("INTEGRATION_NOT_CONFIGURED");
        assertThat(events.toString()).doesNotContain(SECRET);
    }
}
