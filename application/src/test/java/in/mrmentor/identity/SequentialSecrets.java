package in.mrmentor.identity;

import in.mrmentor.identity.port.RandomSecrets;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Predictable secrets for tests: codes count up from 100000, refresh tokens are numbered. Each
 * instance tags its tokens, so two kits sharing one database (two "processes") never issue the same one.
 */
public final class SequentialSecrets implements RandomSecrets {
    private final String tag = UUID.randomUUID().toString();
    private final AtomicLong issued = new AtomicLong();

    @Override
    public String refreshToken() {
        return "refresh-" + tag + "-" + issued.incrementAndGet();
    }

    @Override
    public String oneTimeCode() {
        return String.format("%06d", 100_000 + issued.incrementAndGet() % 900_000);
    }
}
