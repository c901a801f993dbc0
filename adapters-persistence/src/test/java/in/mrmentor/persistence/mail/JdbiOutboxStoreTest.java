package in.mrmentor.persistence.mail;

import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.port.OutboxStore;
import in.mrmentor.mail.port.OutboxStoreContract;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.testing.MovableClock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class JdbiOutboxStoreTest extends OutboxStoreContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected OutboxStore newStore(MovableClock clock) {
        return new JdbiOutboxStore(database.jdbi(), clock, Ids.random());
    }

    @Override
    protected Transactions transactions() {
        return new JdbiTransactions(database.jdbi());
    }

    @Test
    void theSentLogOutlivesAPurgedOutboxRow() {
        var id = outbox.add(new OutgoingEmail("asha@example.in", "Hi", "Secret code 123456", null));
        outbox.markSent(id, clock.instant(), "smtp", "<m@mail>");

        database.jdbi().useHandle(h -> h.execute("DELETE FROM email_outbox WHERE id = ?", id));

        assertThat(outbox.sentNewest(10)).singleElement().satisfies(sent -> {
            assertThat(sent.outboxId()).isNull();
            assertThat(sent.to()).isEqualTo("asha@example.in");
        });
    }
}
