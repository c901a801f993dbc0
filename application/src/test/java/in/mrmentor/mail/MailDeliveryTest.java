package in.mrmentor.mail;

import in.mrmentor.mail.OutboxEntry.Status;
import in.mrmentor.mail.port.DeliveryQueue;
import in.mrmentor.mail.port.MailTransport;
import in.mrmentor.mail.port.memory.InMemoryOutboxStore;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** QueuedMailer, DeliverEmail and SweepOutbox over the in-memory outbox, a recording queue and a scripted transport. */
class MailDeliveryTest {
    private static final int MAX_ATTEMPTS = 3;
    private final MovableClock clock = new MovableClock();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOutboxStore outbox = transactions.enlist(new InMemoryOutboxStore(clock, Ids.random()));
    private final RecordingQueue queue = transactions.enlist(new RecordingQueue());
    private final ScriptedTransport transport = new ScriptedTransport();
    private final QueuedMailer mailer = new QueuedMailer(outbox, queue, transactions);
    private final DeliverEmail deliverEmail = new DeliverEmail(outbox, transport, transactions, clock);
    private final SweepOutbox sweep = new SweepOutbox(outbox, queue, clock, Duration.ofMinutes(5), 100);

    /** A queue that de-duplicates live deliveries like the real ones, and rolls back with the transaction. */
    private static final class RecordingQueue implements DeliveryQueue, InMemoryTransactions.Participant {
        final Set<UUID> live = new LinkedHashSet<>();
        int enqueueCalls;

        @Override
        public synchronized void enqueueDelivery(UUID outboxId) {
            enqueueCalls++;
            live.add(outboxId);
        }

        @Override
        public synchronized Runnable snapshot() {
            Set<UUID> copy = new LinkedHashSet<>(live);
            return () -> {
                live.clear();
                live.addAll(copy);
            };
        }
    }

    private static final class ScriptedTransport implements MailTransport {
        final List<OutgoingEmail> sent = new ArrayList<>();
        boolean down;
        boolean keeps;

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public Handover send(OutgoingEmail email) {
            if (down) {
                throw new MailDeliveryException("connection refused", null);
            }
            if (keeps) {
                return new Kept("no SMTP configured");
            }
            sent.add(email);
            return new Accepted("<" + sent.size() + "@scripted>");
        }
    }

    private static OutgoingEmail hello() {
        return new OutgoingEmail("asha@example.in", "Hello", "Body", "<p>Body</p>");
    }

    private UUID sendOne() {
        mailer.send(hello());
        return queue.live.iterator().next();
    }

    @Test
    void sendingStoresAPendingMessageAndQueuesItsDelivery() {
        UUID id = sendOne();

        assertThat(outbox.find(id)).get().extracting(OutboxEntry::status).isEqualTo(Status.PENDING);
        assertThat(queue.live).containsExactly(id);
        assertThat(transport.sent).isEmpty();
    }

    @Test
    void aRolledBackChangeNeitherStoresNorQueues() {
        assertThatThrownBy(() -> transactions.run(() -> {
            mailer.send(hello());
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(outbox.newest(10)).isEmpty();
        assertThat(queue.live).isEmpty();
    }

    @Test
    void deliveringSendsMarksSentAndLogsIt() {
        UUID id = sendOne();

        assertThat(deliverEmail.deliver(id, 1, MAX_ATTEMPTS)).isEqualTo(DeliverEmail.Result.SENT);

        assertThat(transport.sent).containsExactly(hello());
        assertThat(outbox.find(id)).get().extracting(OutboxEntry::status).isEqualTo(Status.SENT);
        assertThat(outbox.sentNewest(10)).singleElement().satisfies(sent -> {
            assertThat(sent.outboxId()).isEqualTo(id);
            assertThat(sent.transport()).isEqualTo("scripted");
            assertThat(sent.messageId()).isEqualTo("<1@scripted>");
        });
    }

    @Test
    void aRedeliveredJobNeverSendsTwice() {
        UUID id = sendOne();
        deliverEmail.deliver(id, 1, MAX_ATTEMPTS);

        assertThat(deliverEmail.deliver(id, 2, MAX_ATTEMPTS)).isEqualTo(DeliverEmail.Result.ALREADY_SETTLED);

        assertThat(transport.sent).hasSize(1);
        assertThat(outbox.sentNewest(10)).hasSize(1);
    }

    @Test
    void aFailingTransportThrowsSoTheJobRetriesAndTheLastAttemptMarksFailed() {
        UUID id = sendOne();
        transport.down = true;

        assertThatThrownBy(() -> deliverEmail.deliver(id, 1, MAX_ATTEMPTS)).isInstanceOf(MailDeliveryException.class);
        assertThat(outbox.find(id)).get().extracting(OutboxEntry::status).isEqualTo(Status.PENDING);

        assertThatThrownBy(() -> deliverEmail.deliver(id, MAX_ATTEMPTS, MAX_ATTEMPTS))
                .isInstanceOf(MailDeliveryException.class);
        assertThat(outbox.find(id)).get().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(Status.FAILED);
            assertThat(entry.lastError()).isEqualTo("MailDeliveryException: connection refused");
        });
    }

    @Test
    void aFailedMessageIsSentWhenItsDeadJobIsRetried() {
        UUID id = sendOne();
        transport.down = true;
        assertThatThrownBy(() -> deliverEmail.deliver(id, MAX_ATTEMPTS, MAX_ATTEMPTS));
        transport.down = false;

        assertThat(deliverEmail.deliver(id, 1, MAX_ATTEMPTS)).isEqualTo(DeliverEmail.Result.SENT);
        assertThat(outbox.find(id)).get().extracting(OutboxEntry::status).isEqualTo(Status.SENT);
    }

    @Test
    void withoutATransportTheMessageIsKeptAndReadable() {
        UUID id = sendOne();
        transport.keeps = true;

        assertThat(deliverEmail.deliver(id, 1, MAX_ATTEMPTS)).isEqualTo(DeliverEmail.Result.KEPT);

        assertThat(outbox.find(id)).get().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(Status.KEPT);
            assertThat(entry.email().textBody()).isEqualTo("Body");
        });
        assertThat(outbox.sentNewest(10)).isEmpty();
        assertThat(deliverEmail.deliver(id, 2, MAX_ATTEMPTS)).isEqualTo(DeliverEmail.Result.ALREADY_SETTLED);
    }

    @Test
    void anInvisibleMessageIsRetriedUntilTheLastAttemptThenDropped() {
        UUID neverCommitted = UUID.randomUUID();

        assertThatThrownBy(() -> deliverEmail.deliver(neverCommitted, 1, MAX_ATTEMPTS))
                .isInstanceOf(IllegalStateException.class);
        assertThat(deliverEmail.deliver(neverCommitted, MAX_ATTEMPTS, MAX_ATTEMPTS))
                .isEqualTo(DeliverEmail.Result.NO_SUCH_MESSAGE);
        assertThat(transport.sent).isEmpty();
    }

    @Test
    void theSweepReQueuesOnlyMessagesStrandedPendingLongerThanItsAge() {
        UUID stranded = outbox.add(hello());
        UUID delivered = outbox.add(hello());
        deliverEmail.deliver(delivered, 1, MAX_ATTEMPTS);
        clock.advance(Duration.ofMinutes(6));
        UUID fresh = outbox.add(hello());

        assertThat(sweep.sweep()).isEqualTo(1);

        assertThat(queue.live).containsExactly(stranded).doesNotContain(delivered, fresh);
    }
}
