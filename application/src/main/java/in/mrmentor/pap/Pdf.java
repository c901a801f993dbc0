package in.mrmentor.pap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A PDF is recognised by its magic bytes ({@code %PDF-}), never by a name or a declared type. */
public final class Pdf {
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private Pdf() {
    }

    public static boolean looksLikePdf(byte[] bytes) {
        return bytes != null && bytes.length >= MAGIC.length
                && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** @throws in.mrmentor.shared.DomainException 400 {@code NOT_A_PDF} */
    public static byte[] require(byte[] bytes, String field) {
        if (!looksLikePdf(bytes) || bytes.length > MAX_BYTES) {
            throw PapErrors.notAPdf(field);
        }
        return bytes;
    }
}
