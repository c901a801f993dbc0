package in.mrmentor.invoice;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fixed terms every issue follows, read once from {@code GLOBAL_INVOICE_*}: the supplier, the prefix
 * of each series, the default SAC code and rate, whether totals are rounded to the rupee, and the
 * business time zone deciding the financial year of an instant.
 */
public record InvoicingTerms(Supplier supplier, Map<InvoiceSeries, String> prefixes, String defaultSacCode,
                             GstRate defaultRate, boolean roundOff, ZoneId businessZone) {
    public InvoicingTerms {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(defaultSacCode, "defaultSacCode");
        Objects.requireNonNull(defaultRate, "defaultRate");
        Objects.requireNonNull(businessZone, "businessZone");
        var all = new EnumMap<InvoiceSeries, String>(InvoiceSeries.class);
        for (InvoiceSeries series : InvoiceSeries.values()) {
            String prefix = prefixes.getOrDefault(series, series.defaultPrefix());
            if (!InvoiceNumber.isValidPrefix(prefix)) {
                throw new IllegalArgumentException("the prefix of series " + series + " is 1 to 6 letters, digits or '-'");
            }
            all.put(series, prefix);
        }
        prefixes = Map.copyOf(all);
    }

    public String prefixOf(InvoiceSeries series) {
        return prefixes.get(series);
    }

    /** India's time zone: the financial year and the GSTR-1 month are decided there. */
    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
}
