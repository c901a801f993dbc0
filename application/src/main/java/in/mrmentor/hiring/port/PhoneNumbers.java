package in.mrmentor.hiring.port;

import in.mrmentor.hiring.PhoneNumber;
import java.util.Optional;

/** Reads a phone number as people write it ({@code 098765 43210}, {@code +91-98765-43210}) into E.164. */
public interface PhoneNumbers {
    String DEFAULT_REGION = "IN";

    /** The number, or empty when it is not a valid number (read in {@link #DEFAULT_REGION} without a prefix). */
    Optional<PhoneNumber> normalise(String raw);
}
