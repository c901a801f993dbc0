package in.mrmentor.mail.port;

import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every outbox adapter (a {@link Mailer} whose messages an {@link Outbox} can read back) must do. */
public abstract class MailOutboxContract {
    protected Mailer mailer;
    protected Outbox outbox;
    protected Transactions transactions;

    /** A fresh, empty outbox; {@link #outboxOf} and {@link #transactionsOf} are asked right after. */
    protected abstract Mailer newMailer();

    protected abstract Outbox outboxOf(Mailer mailer);

    protected abstract Transactions transactionsOf(Mailer mailer);

    @BeforeEach
    void freshStore() {
        mailer = newMailer();
        outbox = outboxOf(mailer);
        transactions = transactionsOf(mailer);
    }

    @Test
    void aSentMessageWaitsInTheOutboxAsPending() {
        var email = new OutgoingEmail("asha@example.in", "Hello", "Plain text", "<p>Html</p>");

        mailer.send(email);

        assertThat(outbox.newest(10)).singleElement().satisfies(entry -> {
            assertThat(entry.email()).isEqualTo(email);
            assertThat(entry.status()).isEqualTo(OutboxEntry.Status.PENDING);
            assertThat(entry.createdAt()).isNotNull();
        });
    }

    @Test
    void theHtmlBodyIsOptional() {
        mailer.send(new OutgoingEmail("asha@example.in", "Hello", "Plain text", null));

        assertThat(outbox.newest(10)).singleElement().extracting(e -> e.email().htmlBody()).isNull();
    }

    @Test
    void theNewestComeFirstAndTheLimitHolds() {
        for (int i = 1; i <= 3; i++) {
            mailer.send(new OutgoingEmail("n" + i + "@example.in", "Message " + i, "Body", null));
        }

        assertThat(outbox.newest(2)).extracting(e -> e.email().subject()).containsExactly("Message 3", "Message 2");
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        assertThatThrownBy(() -> transactions.run(() -> {
            mailer.send(new OutgoingEmail("asha@example.in", "Hello", "Body", null));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(outbox.newest(10)).isEmpty();
    }
}
