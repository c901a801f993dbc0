package in.mrmentor.persistence.memory;

import in.mrmentor.mail.port.MailOutboxContract;
import in.mrmentor.mail.port.Mailer;
import in.mrmentor.mail.port.Outbox;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;

class InMemoryOutboxMailerTest extends MailOutboxContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected Mailer newMailer() {
        return transactions.enlist(new InMemoryOutboxMailer(Clock.systemUTC(), Ids.random()));
    }

    @Override
    protected Outbox outboxOf(Mailer mailer) {
        return (Outbox) mailer;
    }

    @Override
    protected Transactions transactionsOf(Mailer mailer) {
        return transactions;
    }
}
