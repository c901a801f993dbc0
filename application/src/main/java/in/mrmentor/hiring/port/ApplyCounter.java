package in.mrmentor.hiring.port;

import java.time.Instant;

/** Applications counted per client address and window, shared by every process. */
public interface ApplyCounter {

    /** Counts one and answers the window's total, this one included; atomic. */
    long countOne(String key, Instant windowStart);
}
