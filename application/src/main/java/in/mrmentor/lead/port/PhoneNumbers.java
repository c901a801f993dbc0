package in.mrmentor.lead.port;

import java.util.Optional;

/**
 * Turns a phone number as people type it ({@code +91 98765 43210}, {@code 09876543210}) into E.164
 * ({@code +919876543210}), so one person has one phone however it was written. Empty when the text
 * is no valid number (the seed kept such rows and missed their duplicates).
 */
public interface PhoneNumbers {
    String DEFAULT_REGION = "IN";

    Optional<String> toE164(String raw);
}
