package in.mrmentor.identity;

import in.mrmentor.identity.port.RequestCounters;
import in.mrmentor.shared.RateLimit;

import java.time.Clock;
import java.util.Objects;

/**
 * Counts a sign-in, sign-up or one-time-code request against its client address
 * ({@code AUTH_IP_MAX_PER_MINUTE}). Each such request costs a bcrypt hash; the per-e-mail throttle
 * never saw a flood of wrong logins for random addresses (issue 11 item 19), this does.
 */
public final class AdmitAuthRequest {
    public static final int DEFAULT_MAX_PER_MINUTE = 30;
    private static final String KEY_PREFIX = "auth-ip:";

    private final RequestCounters counters;
    private final RateLimit limit;
    private final Clock clock;

    public AdmitAuthRequest(RequestCounters counters, RateLimit limit, Clock clock) {
        this.counters = counters;
        this.limit = Objects.requireNonNull(limit, "limit");
        this.clock = clock;
    }

    /** The quota after this request; {@link RateLimit.Quota#admitted()} false once the address spent it. */
    public RateLimit.Quota admit(String clientAddress) {
        Objects.requireNonNull(clientAddress, "clientAddress");
        var now = clock.instant();
        return limit.quota(counters.countOne(KEY_PREFIX + clientAddress, limit.windowStart(now)), now);
    }
}
