package in.mrmentor.program;

import in.mrmentor.invoice.Gstin;
import in.mrmentor.shared.Validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whom a fee's tax invoice names: the buyer's name and address, the GST state code of the place of
 * supply (two digits, 01-38 and 97) and, for a registered buyer, the GSTIN (15 characters whose first
 * two are the state code and whose last is the check character).
 */
public record BillingDetails(String name, String address, String stateCode, String gstin) {
    private static final Pattern STATE = Pattern.compile("\\d{2}");

    public BillingDetails {
        gstin = gstin == null || gstin.isBlank() ? null : gstin.strip().toUpperCase(Locale.ROOT);
        var validation = new Validation()
                .requireText(name, "billing.name", 200)
                .requireText(address, "billing.address", 1000)
                .require(stateCode != null && STATE.matcher(stateCode).matches() && validState(stateCode),
                        "billing.stateCode", "must be a two-digit GST state code");
        if (gstin != null) {
            validation.require(Gstin.isValid(gstin), "billing.gstin", "must be a valid GSTIN (15 characters, check digit)")
                    .require(stateCode == null || gstin.startsWith(stateCode), "billing.gstin",
                            "must begin with the state code");
        }
        validation.orThrow();
    }

    private static boolean validState(String code) {
        int n = Integer.parseInt(code);
        return (n >= 1 && n <= 38) || n == 97;
    }
}
