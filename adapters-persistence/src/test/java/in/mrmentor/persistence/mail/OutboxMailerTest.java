package in.mrmentor.persistence.mail;

import in.mrmentor.mail.port.MailOutboxContract;
import in.mrmentor.mail.port.Mailer;
import in.mrmentor.mail.port.Outbox;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.AfterEach;

import java.time.Clock;

class OutboxMailerTest extends MailOutboxContract {
    private Database database;

    @Override
    protected Mailer newMailer() {
        return new OutboxMailer(database().jdbi(), Clock.systemUTC(), Ids.random());
    }

    @Override
    protected Outbox outboxOf(Mailer mailer) {
        return (Outbox) mailer;
    }

    @Override
    protected Transactions transactionsOf(Mailer mailer) {
        return new JdbiTransactions(database().jdbi());
    }

    private Database database() {
        if (database == null) {
            database = TestPostgres.get().freshDatabase();
        }
        return database;
    }

    @AfterEach
    void close() {
        database.close();
    }
}
