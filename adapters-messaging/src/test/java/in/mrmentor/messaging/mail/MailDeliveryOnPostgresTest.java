package in.mrmentor.messaging.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import in.mrmentor.external.mail.OutboxOnlyMailTransport;
import in.mrmentor.external.mail.SmtpMailTransport;
import in.mrmentor.external.mail.SmtpSettings;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.QueueStats;
import in.mrmentor.mail.DeliverEmail;
import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.mail.OutboxEntry.Status;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.QueuedMailer;
import in.mrmentor.mail.SweepOutbox;
import in.mrmentor.mail.port.MailTransport;
import in.mrmentor.messaging.JobQueueSettings;
import in.mrmentor.messaging.postgres.PostgresJobQueue;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.mail.JdbiOutboxStore;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.testing.Eventually;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole pipeline on real parts: QueuedMailer -> Jdbi outbox + PostgreSQL job queue (one
 * transaction) -> email job -> DeliverEmail -> SMTP to a GreenMail server started here.
 */
class MailDeliveryOnPostgresTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofMillis(700);
    private static final int MAX_ATTEMPTS = 8;

    private final MovableClock clock = new MovableClock();
    private Database database;
    private JdbiTransactions transactions;
    private JdbiOutboxStore outbox;
    private PostgresJobQueue queue;
    private QueuedMailer mailer;
    private GreenMail smtp;
    private int smtpPort;

    @BeforeEach
    void setUp() {
        database = TestPostgres.get().freshDatabase();
        transactions = new JdbiTransactions(database.jdbi());
        outbox = new JdbiOutboxStore(database.jdbi(), clock, Ids.random());
        queue = new PostgresJobQueue(database.jdbi(), new JobQueueSettings(Duration.ofMillis(50), Duration.ofSeconds(5),
                Duration.ofMillis(200), Duration.ofSeconds(1)), clock, Ids.random());
        mailer = new QueuedMailer(outbox, new JobQueueDeliveryQueue(queue), transactions);
        smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void tearDown() {
        queue.workers().stop(Duration.ofSeconds(5));
        smtp.stop();
        database.close();
    }

    private void startWorkers(MailTransport transport) {
        EmailJobHandler.register(queue.workers(), new DeliverEmail(outbox, transport, transactions, clock),
                HandlerOptions.of(2, MAX_ATTEMPTS));
        queue.workers().start();
    }

    private SmtpMailTransport greenMailTransport() {
        return new SmtpMailTransport(new SmtpSettings("127.0.0.1", smtpPort, null, null, false, false,
                "noreply@mrmentor.in", "Mr. Mentor", Duration.ofSeconds(2)));
    }

    private static OutgoingEmail hello() {
        return new OutgoingEmail("asha@example.in", "Your code", "Code 123456", "<p>Code <b>123456</b></p>");
    }

    private UUID onlyMessage() {
        return outbox.newest(10).stream().map(OutboxEntry::id).reduce((a, b) -> {
            throw new AssertionError("more than one outbox message");
        }).orElseThrow();
    }

    private Status statusOf(UUID id) {
        return outbox.find(id).orElseThrow().status();
    }

    private QueueStats emailQueue() {
        return queue.stats().stream().filter(s -> s.type().equals(JobType.EMAIL)).findFirst()
                .orElse(QueueStats.empty(JobType.EMAIL));
    }

    @Test
    void aMailSentInACommittedTransactionArrivesAndIsRecorded() {
        smtp.start();
        startWorkers(greenMailTransport());

        transactions.run(() -> mailer.send(hello()));

        UUID id = onlyMessage();
        Eventually.await("the outbox row is SENT", WAIT, () -> statusOf(id) == Status.SENT);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox.sentNewest(10)).singleElement().satisfies(sent -> {
            assertThat(sent.outboxId()).isEqualTo(id);
            assertThat(sent.transport()).isEqualTo("smtp");
            assertThat(sent.to()).isEqualTo("asha@example.in");
        });
        Eventually.await("the job is acknowledged", WAIT, () -> emailQueue().equals(QueueStats.empty(JobType.EMAIL)));
    }

    @Test
    void aMailSentInARolledBackTransactionIsNeverDelivered() {
        smtp.start();
        startWorkers(greenMailTransport());

        assertThatThrownBy(() -> transactions.run(() -> {
            mailer.send(hello());
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        Eventually.holdsFor("nothing arrives", QUIET, () -> smtp.getReceivedMessages().length == 0);
        assertThat(outbox.newest(10)).isEmpty();
        assertThat(emailQueue()).isEqualTo(QueueStats.empty(JobType.EMAIL));
    }

    @Test
    void whileTheSmtpServerIsDownTheJobRetriesAndDeliversExactlyOnceWhenItIsBack() {
        startWorkers(greenMailTransport());

        transactions.run(() -> mailer.send(hello()));
        UUID id = onlyMessage();
        Eventually.await("a failed attempt is waiting out its backoff", WAIT, () -> emailQueue().delayed() == 1);
        assertThat(statusOf(id)).isEqualTo(Status.PENDING);

        smtp.start();

        Eventually.await("the outbox row is SENT", WAIT, () -> statusOf(id) == Status.SENT);
        Eventually.holdsFor("exactly one copy arrives", QUIET, () -> smtp.getReceivedMessages().length == 1);
        assertThat(outbox.sentNewest(10)).hasSize(1);
    }

    @Test
    void withoutSmtpTheMailIsKeptAndReadableInTheOutbox() {
        startWorkers(new OutboxOnlyMailTransport());

        transactions.run(() -> mailer.send(hello()));

        UUID id = onlyMessage();
        Eventually.await("the outbox row is KEPT", WAIT, () -> statusOf(id) == Status.KEPT);
        assertThat(outbox.find(id).orElseThrow().email().textBody()).isEqualTo("Code 123456");
        assertThat(outbox.sentNewest(10)).isEmpty();
    }

    @Test
    void theSweepReQueuesAStrandedMessageExactlyOnce() {
        smtp.start();
        UUID stranded = transactions.inTransaction(() -> outbox.add(hello()));
        var sweep = new SweepOutbox(outbox, new JobQueueDeliveryQueue(queue), clock, Duration.ofMinutes(5), 100);
        assertThat(sweep.sweep()).isZero();
        clock.advance(Duration.ofMinutes(6));

        var scheduledSweep = new Job(UUID.randomUUID(), JobType.EMAIL_SWEEP, "{}", 1, clock.instant());
        new OutboxSweepJobHandler(sweep).handle(scheduledSweep);
        sweep.sweep();
        assertThat(emailQueue().waiting()).isEqualTo(1);

        startWorkers(greenMailTransport());
        Eventually.await("the stranded row is SENT", WAIT, () -> statusOf(stranded) == Status.SENT);
        assertThat(sweep.sweep()).isZero();
        Eventually.holdsFor("exactly one copy arrives", QUIET, () -> smtp.getReceivedMessages().length == 1);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
