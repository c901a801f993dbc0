package in.mrmentor.mail;

/**
 * A transport could not hand a message over (server down, timeout, refused credentials). Delivery
 * jobs let it through so the queue retries with backoff; the seed's failed mail jobs never retried.
 */
public class MailDeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
