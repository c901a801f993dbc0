package in.mrmentor.external.lead;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import in.mrmentor.lead.port.PhoneNumbers;

import java.util.Optional;

/** E.164 by Google's libphonenumber, default region IN: {@code +91 98765 43210} and {@code 09876543210} are one number. */
public final class LibPhoneNumbers implements PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    public LibPhoneNumbers() {
        this(DEFAULT_REGION);
    }

    public LibPhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    @Override
    public Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(raw.trim(), defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
