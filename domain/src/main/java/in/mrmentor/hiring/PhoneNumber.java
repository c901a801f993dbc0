package in.mrmentor.hiring;

import java.util.Objects;
import java.util.regex.Pattern;

/** A phone number in E.164 ({@code +919876543210}), as the phone-number adapter produces it. */
public record PhoneNumber(String e164) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 number");
        }
    }
}
