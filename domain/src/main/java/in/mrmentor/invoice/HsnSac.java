package in.mrmentor.invoice;

import java.util.Objects;

/** An entry of the HSN/SAC master: the code printed on a line and the rate it is taxed at. */
public record HsnSac(String code, String description, GstRate rate) {
    /** Commercial training and coaching services, 18 %. */
    public static final String COACHING = "999293";

    public HsnSac {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rate, "rate");
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("an HSN/SAC code is 4, 6 or 8 digits");
        }
    }

    public static boolean isValidCode(String code) {
        return code != null && code.matches("[0-9]{4}|[0-9]{6}|[0-9]{8}");
    }
}
