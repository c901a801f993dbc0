package in.mrmentor.bootstrap.platform;

/** The service could not start for a reason an operator can fix; the message says which and how. */
public final class StartupFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
