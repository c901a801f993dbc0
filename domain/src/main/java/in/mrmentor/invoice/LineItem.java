package in.mrmentor.invoice;

import in.mrmentor.shared.Validation;

import java.util.Objects;

/**
 * One line as the caller asks for it: a whole, positive quantity of a service at a unit price, less a
 * discount that never exceeds the line's value. Prices are before tax unless the invoice says its
 * prices include tax. The SAC code is optional: absent, the configured default applies.
 */
public record LineItem(String description, String sacCode, long quantity, long unitPricePaise, long discountPaise) {
    /** ₹1 lakh crore: no line or invoice may reach it, so every product in the tax arithmetic fits a long. */
    public static final long MAX_AMOUNT_PAISE = 100_000_000_000_000L;
    public static final int MAX_DESCRIPTION = 300;

    public LineItem {
        Objects.requireNonNull(description, "description");
        Validation validation = new Validation();
        check(validation, "", description, sacCode, quantity, unitPricePaise, discountPaise);
        validation.orThrow();
    }

    /**
     * Adds every problem of a line to {@code validation}, naming fields under {@code prefix}
     * ({@code lines[2].}), so a command can report all of its lines at once.
     */
    public static void check(Validation validation, String prefix, String description, String sacCode, long quantity,
                             long unitPricePaise, long discountPaise) {
        validation.requireText(description, prefix + "description", MAX_DESCRIPTION)
                .require(sacCode == null || HsnSac.isValidCode(sacCode), prefix + "sacCode", "must be 4, 6 or 8 digits")
                .require(quantity > 0, prefix + "quantity", "must be a whole number above 0")
                .require(unitPricePaise >= 0, prefix + "unitPricePaise", "must not be negative")
                .require(discountPaise >= 0, prefix + "discountPaise", "must not be negative");
        if (quantity > 0 && unitPricePaise >= 0) {
            long value = grossOrMinus(quantity, unitPricePaise);
            validation.require(value >= 0, prefix + "unitPricePaise",
                    "quantity x unitPricePaise must stay below " + MAX_AMOUNT_PAISE + " paise");
            if (value >= 0) {
                validation.require(discountPaise <= value, prefix + "discountPaise", "must not exceed the line's value");
            }
        }
    }

    /** quantity x unit price, or -1 when it would reach the cap. */
    private static long grossOrMinus(long quantity, long unitPricePaise) {
        try {
            long value = Math.multiplyExact(quantity, unitPricePaise);
            return value < MAX_AMOUNT_PAISE ? value : -1;
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /** quantity x unit price - discount: the taxable value (tax-exclusive) or the gross (tax-inclusive). */
    public long valuePaise() {
        return quantity * unitPricePaise - discountPaise;
    }
}
