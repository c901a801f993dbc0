package in.mrmentor.identity;

import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.shared.ServiceBusyException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 11 item 19: the hashing work taken at once is bounded; past it the caller hears 503 and when to retry. */
class BoundedPasswordHasherTest {

    /** A hasher that holds its caller until released, standing in for a slow bcrypt. */
    private static final class HeldHasher implements PasswordHasher {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final FakePasswordHasher fake = new FakePasswordHasher();

        @Override
        public PasswordHash hash(String secret) {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return fake.hash(secret);
        }

        @Override
        public boolean matches(String secret, PasswordHash hash) {
            return fake.matches(secret, hash);
        }
    }

    @Test
    void whileEveryPermitIsTakenAnotherHashIsRefusedWithRetryAfterAndAfterwardsItRuns() throws Exception {
        var held = new HeldHasher();
        var bounded = new BoundedPasswordHasher(held, 1, Duration.ofMillis(50));
        var first = CompletableFuture.supplyAsync(() -> bounded.hash("first-secret"));
        assertThat(held.entered.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> bounded.matches("other", new FakePasswordHasher().hash("other")))
                .isInstanceOfSatisfying(ServiceBusyException.class, busy -> {
                    assertThat(busy.code()).isEqualTo("SERVICE_UNAVAILABLE");
                    assertThat(busy.retryAfterSeconds()).isPositive();
                });

        held.release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(new FakePasswordHasher().hash("first-secret"));
        assertThat(bounded.matches("other", new FakePasswordHasher().hash("other"))).isTrue();
    }

    @Test
    void theDefaultTakesHalfTheCoresAndAtLeastOne() {
        assertThat(BoundedPasswordHasher.defaultConcurrency())
                .isBetween(1, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
