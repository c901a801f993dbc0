package in.mrmentor.persistence.embedded;

/** The embedded database could not be prepared or started; the message says what to do about it. */
public class EmbeddedPostgresException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EmbeddedPostgresException(String message) {
        super(message);
    }

    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
