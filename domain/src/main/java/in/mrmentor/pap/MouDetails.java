package in.mrmentor.pap;

import in.mrmentor.shared.Validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the MOU names (PROGRAMS.md "MOU details"): the student's legal name, PAN (five letters, four
 * digits, a letter; the fourth letter says what holds it, P for a person), address, an optional
 * guardian and the expected CTC.
 */
public record MouDetails(String legalName, String pan, String address, String guardianName, Long expectedCtcPaise) {
    private static final Pattern PAN = Pattern.compile("[A-Z]{3}[ABCFGHLJPT][A-Z]\\d{4}[A-Z]");

    public MouDetails {
        pan = pan == null ? null : pan.strip().toUpperCase(Locale.ROOT);
        guardianName = guardianName == null || guardianName.isBlank() ? null : guardianName;
        new Validation()
                .requireText(legalName, "legalName", 200)
                .require(pan != null && PAN.matcher(pan).matches(), "pan", "must be a PAN such as ABCPE1234F")
                .requireText(address, "address", 1000)
                .optionalText(guardianName, "guardianName", 200)
                .require(expectedCtcPaise == null || (expectedCtcPaise >= 0 && expectedCtcPaise <= Placement.MAX_CTC_PAISE),
                        "expectedCtcPaise", "must be from 0 to " + Placement.MAX_CTC_PAISE)
                .orThrow();
    }
}
