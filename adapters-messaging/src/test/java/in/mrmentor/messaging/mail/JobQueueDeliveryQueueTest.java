package in.mrmentor.messaging.mail;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobQueueDeliveryQueueTest {

    @Test
    void thePayloadCarriesTheOutboxIdBothWays() {
        UUID id = UUID.randomUUID();

        assertThat(JobQueueDeliveryQueue.payloadFor(id)).isEqualTo("{\"outboxId\":\"" + id + "\"}");
        assertThat(JobQueueDeliveryQueue.outboxIdOf(JobQueueDeliveryQueue.payloadFor(id))).isEqualTo(id);
        assertThat(JobQueueDeliveryQueue.outboxIdOf("{ \"outboxId\" : \"" + id + "\" }")).isEqualTo(id);
    }

    @Test
    void aMalformedPayloadIsRefused() {
        assertThatThrownBy(() -> JobQueueDeliveryQueue.outboxIdOf("{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
