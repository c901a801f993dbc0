package in.mrmentor.external.hiring;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import in.mrmentor.hiring.PhoneNumber;
import in.mrmentor.hiring.port.PhoneNumbers;
import java.util.Optional;

/** Phone numbers read by libphonenumber (default region India) and written in E.164. */
public final class LibPhoneNumbers implements PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Override
    public Optional<PhoneNumber> normalise(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        try {
            var parsed = UTIL.parse(raw.trim(), DEFAULT_REGION);
            if (!UTIL.isValidNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
