package in.mrmentor.mail;

import in.mrmentor.mail.port.memory.InMemoryOutboxStore;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An operator reads one outbox message (redacted in production) and sends it again. */
class ReadingAndResendingOutboxTest {
    private static final String BODY = "Your sign-in code is 482913. It expires in 10 minutes.\n"
            + "Or open https://mrmentor.in/verify?code=482913&u=42 to continue. Order ORD-2026-11 stays.";
    private final MovableClock clock = new MovableClock();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOutboxStore outbox = transactions.enlist(new InMemoryOutboxStore(clock, Ids.random()));
    private final List<UUID> queued = new ArrayList<>();

    private UUID aMessage() {
        return outbox.add(new OutgoingEmail("asha@example.in", "Your code", BODY, "<p>Code <b>482913</b></p>"));
    }

    @Test
    void developmentShowsTheWholeBody() {
        UUID id = aMessage();

        var message = new ShowOutboxMessage(outbox, false).show(id);

        assertThat(message.textBody()).isEqualTo(BODY);
        assertThat(message.redacted()).isFalse();
        assertThat(message.to()).isEqualTo("asha@example.in");
    }

    @Test
    void productionRedactsCodesAndLinksButKeepsTheRest() {
        UUID id = aMessage();

        var message = new ShowOutboxMessage(outbox, true).show(id);

        assertThat(message.redacted()).isTrue();
        assertThat(message.textBody()).doesNotContain("482913", "https://", "verify")
                .contains("Your sign-in code is [code redacted].", "expires in 10 minutes",
                        "Or open [link redacted] to continue", "ORD-2026-11");
        assertThat(message.htmlBody()).doesNotContain("482913").contains("[code redacted]");
    }

    @Test
    void anUnknownMessageIsNotFound() {
        assertThatThrownBy(() -> new ShowOutboxMessage(outbox, false).show(UUID.randomUUID()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("OUTBOX_MESSAGE_NOT_FOUND"));
        assertThatThrownBy(() -> new ResendOutboxMessage(outbox, queued::add, transactions).resend(UUID.randomUUID()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("OUTBOX_MESSAGE_NOT_FOUND"));
        assertThat(queued).isEmpty();
    }

    @Test
    void resendingStoresACopyAndQueuesItsDeliveryLeavingTheSettledOriginalAlone() {
        UUID id = aMessage();
        outbox.markKept(id);

        UUID copy = new ResendOutboxMessage(outbox, queued::add, transactions).resend(id);

        assertThat(copy).isNotEqualTo(id);
        assertThat(queued).containsExactly(copy);
        assertThat(outbox.find(copy).orElseThrow().status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(outbox.find(copy).orElseThrow().email()).isEqualTo(outbox.find(id).orElseThrow().email());
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxEntry.Status.KEPT);
    }
}
