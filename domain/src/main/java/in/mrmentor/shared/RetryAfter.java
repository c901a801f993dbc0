package in.mrmentor.shared;

/** A refusal that lifts by itself; adapters tell the caller when to try again (HTTP {@code Retry-After}). */
public interface RetryAfter {

    long retryAfterSeconds();
}
