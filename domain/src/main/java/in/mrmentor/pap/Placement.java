package in.mrmentor.pap;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A placement the student (or an admin) reports (PROGRAMS.md "Placement"): the annual CTC lies from
 * ₹1 lakh to ₹10 crore, so a zero or absurd figure never turns into a fee; {@code offerLetterKey} is
 * the blob holding the offer letter's PDF.
 */
public record Placement(String company, String role, long annualCtcPaise, LocalDate joiningDate, String offerLetterKey,
                        UUID reportedBy, Instant reportedAt) {
    public static final long MIN_CTC_PAISE = 1_00_000_00L;
    public static final long MAX_CTC_PAISE = 10_00_00_000_00L;

    public Placement {
        validate(company, role, annualCtcPaise, joiningDate);
    }

    public static void validate(String company, String role, Long annualCtcPaise, LocalDate joiningDate) {
        new Validation()
                .requireText(company, "company", 200)
                .requireText(role, "role", 200)
                .require(annualCtcPaise != null && annualCtcPaise >= MIN_CTC_PAISE && annualCtcPaise <= MAX_CTC_PAISE,
                        "annualCtcPaise", "must be from " + MIN_CTC_PAISE + " (₹1 lakh) to " + MAX_CTC_PAISE + " (₹10 crore)")
                .require(joiningDate != null, "joiningDate", "is required (YYYY-MM-DD)")
                .orThrow();
    }
}
