package in.mrmentor.identity;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * The arithmetic of RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits, one step of drift either
 * way). The HMAC itself is not computed here: the domain may use only {@code java.*}, and HMAC lives
 * in {@code javax.crypto}, so the application asks its {@code HmacSha1} port for the digest of each
 * {@link #counterBytes(long)} and hands it to {@link #codeFrom(byte[])}. Everything that can be got
 * wrong about TOTP — step, drift window, byte order, dynamic truncation — stays here and is tested
 * against the RFC's vectors.
 */
public final class Totp {
    public static final long STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    public static final int DRIFT_STEPS = 1;
    private static final Pattern FORMAT = Pattern.compile("\\d{" + DIGITS + "}");
    private static final int MODULUS = 1_000_000;

    private Totp() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    public static long counterAt(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
    }

    /** The counters whose codes are accepted at {@code now}: the current step and one either side. */
    public static long[] acceptedCounters(Instant now) {
        long current = counterAt(now);
        return LongStream.rangeClosed(current - DRIFT_STEPS, current + DRIFT_STEPS).toArray();
    }

    /** The HMAC message for a counter: 8 bytes, big-endian. */
    public static byte[] counterBytes(long counter) {
        return ByteBuffer.allocate(Long.BYTES).putLong(counter).array();
    }

    /** RFC 4226 dynamic truncation of an HMAC-SHA1 digest to a zero-padded 6-digit code. */
    public static String codeFrom(byte[] hmacSha1) {
        if (hmacSha1 == null || hmacSha1.length < 20) {
            throw new IllegalArgumentException("an HMAC-SHA1 digest has 20 bytes");
        }
        int offset = hmacSha1[hmacSha1.length - 1] & 0x0F;
        int binary = ((hmacSha1[offset] & 0x7F) << 24)
                | ((hmacSha1[offset + 1] & 0xFF) << 16)
                | ((hmacSha1[offset + 2] & 0xFF) << 8)
                | (hmacSha1[offset + 3] & 0xFF);
        return String.format("%0" + DIGITS + "d", binary % MODULUS);
    }
}
