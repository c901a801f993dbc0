package in.mrmentor.mail.port;

import in.mrmentor.mail.MailDeliveryException;
import in.mrmentor.mail.OutgoingEmail;

import java.util.Objects;

/** Hands a message to whatever carries it out of the system (an SMTP server), or knowingly keeps it. */
public interface MailTransport {

    /** Recorded with every sent message, e.g. {@code smtp}. */
    String name();

    /**
     * Hands the message over.
     *
     * @throws MailDeliveryException when it was not accepted; the delivery is retried
     */
    Handover send(OutgoingEmail email);

    /** What became of a message the transport did not refuse. */
    sealed interface Handover permits Accepted, Kept {
    }

    /** A server accepted the message under this id (the {@code Message-ID} header for SMTP). */
    record Accepted(String messageId) implements Handover {
        public Accepted {
            Objects.requireNonNull(messageId, "messageId");
        }
    }

    /** Nothing delivers mail in this setup; the message stays readable in the outbox. */
    record Kept(String reason) implements Handover {
        public Kept {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
