package in.mrmentor.mail.port;

import in.mrmentor.mail.OutgoingEmail;

/**
 * Sends mail on behalf of any context. Called inside the use case's transaction: an adapter that
 * writes to the outbox table commits the message together with the change that caused it, and a
 * rolled-back change sends nothing.
 */
public interface Mailer {

    void send(OutgoingEmail email);
}
