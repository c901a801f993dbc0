package in.mrmentor.bootstrap.invoice;

import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.SettingsProblems;
import in.mrmentor.invoice.DocumentTerms;
import in.mrmentor.invoice.GstRate;
import in.mrmentor.invoice.GstState;
import in.mrmentor.invoice.GstStateCodes;
import in.mrmentor.invoice.Gstin;
import in.mrmentor.invoice.HsnSac;
import in.mrmentor.invoice.InvoiceNumber;
import in.mrmentor.invoice.InvoicePayment;
import in.mrmentor.invoice.InvoiceSeries;
import in.mrmentor.invoice.InvoicingTerms;
import in.mrmentor.invoice.Supplier;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static in.mrmentor.bootstrap.settings.SettingsProblems.text;

/**
 * Reads {@link InvoiceSettings}. A supplier GSTIN that is set but invalid, a state code that disagrees
 * with it, a prefix longer than six characters or a rate that is not a percentage stop start-up naming
 * the variable; in production a missing supplier GSTIN does too, while development issues as the
 * example supplier {@code 27AAPFU0939F1ZV}.
 */
public final class InvoiceSettingsReader {
    /** The example supplier of FINANCE.md, used in development when no GSTIN is configured. */
    static final String DEVELOPMENT_GSTIN = "27AAPFU0939F1ZV";
    private static final Pattern NUMBER_FORMAT = Pattern.compile("(?i)^\\{?(PREFIX|SERIES)\\}?/\\{?(YYZZ|FY)\\}?/\\{?(N+|NNNN|SEQ)\\}?$");
    private static final Map<InvoiceSeries, EnvVar> PREFIXES = Map.of(
            InvoiceSeries.MAS101, EnvVar.GLOBAL_INVOICE_MAS101_PREFIX,
            InvoiceSeries.MAS102, EnvVar.GLOBAL_INVOICE_MAS102_PREFIX,
            InvoiceSeries.PAP, EnvVar.GLOBAL_INVOICE_PAP_PREFIX,
            InvoiceSeries.AERO, EnvVar.GLOBAL_INVOICE_AERO_PREFIX,
            InvoiceSeries.DRO, EnvVar.GLOBAL_INVOICE_DRO_PREFIX,
            InvoiceSeries.TOK, EnvVar.GLOBAL_INVOICE_TOKEN_PREFIX);

    private InvoiceSettingsReader() {
    }

    /** {@code zone}: the business time zone, read once for every context (financial years, GSTR-1 months). */
    public static InvoiceSettings read(Map<String, String> env, SettingsProblems problems, boolean production,
                                       ZoneId zone) {
        List<String> warnings = new ArrayList<>();
        Supplier supplier = supplier(env, problems, production);
        Map<InvoiceSeries, String> prefixes = new EnumMap<>(InvoiceSeries.class);
        PREFIXES.forEach((series, variable) -> {
            String prefix = text(env, variable).orElse(series == InvoiceSeries.TOK ? "TOK" : series.defaultPrefix());
            if (!InvoiceNumber.isValidPrefix(prefix)) {
                problems.add(variable, "must be 1 to " + InvoiceNumber.MAX_PREFIX_LENGTH
                        + " letters, digits or '-' (numbers are PREFIX/YYZZ/NNNN, at most 16 characters)");
            } else {
                prefixes.put(series, prefix);
            }
        });
        if (text(env, EnvVar.GLOBAL_INVOICE_MAS_PREFIX).isPresent() && text(env, EnvVar.GLOBAL_INVOICE_MAS101_PREFIX).isEmpty()) {
            warnings.add("GLOBAL_INVOICE_MAS_PREFIX is set but has no effect: the MAS101 series reads "
                    + "GLOBAL_INVOICE_MAS101_PREFIX (unset, so MAS101 is used)");
        }
        text(env, EnvVar.GLOBAL_INVOICE_PAP_FORMAT).filter(format -> !NUMBER_FORMAT.matcher(format).matches())
                .ifPresent(format -> warnings.add("GLOBAL_INVOICE_PAP_FORMAT is read for compatibility only: invoice "
                        + "numbers are PREFIX/YYZZ/NNNN (e.g. PAP/2627/0001) whatever it says"));
        String sac = text(env, EnvVar.GLOBAL_INVOICE_HSN_SAC).orElse(HsnSac.COACHING);
        if (!HsnSac.isValidCode(sac)) {
            problems.add(EnvVar.GLOBAL_INVOICE_HSN_SAC, "must be an HSN/SAC code of 4, 6 or 8 digits");
            sac = HsnSac.COACHING;
        }
        GstRate rate = GstRate.percent(18);
        Optional<String> rawRate = text(env, EnvVar.GLOBAL_INVOICE_GST_RATE);
        if (rawRate.isPresent()) {
            try {
                rate = GstRate.percent(new BigDecimal(rawRate.get()));
            } catch (ArithmeticException | IllegalArgumentException e) {
                problems.add(EnvVar.GLOBAL_INVOICE_GST_RATE, "must be a percentage from 0 to 100 with at most two decimals");
            }
        }
        boolean roundOff = problems.bool(env, EnvVar.GLOBAL_INVOICE_ROUND_OFF, false);
        var terms = new InvoicingTerms(supplier, prefixes, sac, rate, roundOff, zone);

        var bank = new DocumentTerms.Bank(text(env, EnvVar.GLOBAL_INVOICE_BANK_ACCOUNT_NAME).orElse(null),
                text(env, EnvVar.GLOBAL_INVOICE_BANK_NAME).orElse(null),
                text(env, EnvVar.GLOBAL_INVOICE_BANK_ACCOUNT_NUMBER).orElse(null),
                text(env, EnvVar.GLOBAL_INVOICE_BANK_IFSC).orElse(null),
                text(env, EnvVar.GLOBAL_INVOICE_BANK_BRANCH).orElse(null));
        List<String> termLines = text(env, EnvVar.GLOBAL_INVOICE_TERMS)
                .map(all -> Arrays.stream(all.split("\\|")).map(String::strip).filter(t -> !t.isEmpty()).toList())
                .orElse(List.of());
        String keyPrefix = text(env, EnvVar.GLOBAL_INVOICE_S3_PREFIX).orElse("tax-invoices").replaceAll("^/+|/+$", "");
        if (keyPrefix.isEmpty() || keyPrefix.contains("//") || keyPrefix.contains("\\")
                || Arrays.stream(keyPrefix.split("/")).anyMatch(segment -> segment.startsWith("."))) {
            problems.add(EnvVar.GLOBAL_INVOICE_S3_PREFIX, "must be a key prefix such as tax-invoices");
            keyPrefix = "tax-invoices";
        }
        var documents = new DocumentTerms(bank, termLines, keyPrefix,
                email(env, EnvVar.GLOBAL_INVOICE_FINANCE_EMAIL, problems), email(env, EnvVar.GLOBAL_INVOICE_ADMIN_EMAIL, problems));
        var labels = new InvoicePayment.LineLabels(
                text(env, EnvVar.GLOBAL_INVOICE_MAS_ITEM).orElse("Professional training programme"),
                text(env, EnvVar.GLOBAL_INVOICE_PAP_ITEM).orElse("Pay-after-placement fee"));
        return new InvoiceSettings(terms, documents, labels, text(env, EnvVar.GLOBAL_INVOICE_S3_BUCKET), warnings);
    }

    private static String email(Map<String, String> env, EnvVar variable, SettingsProblems problems) {
        var value = text(env, variable);
        if (value.isPresent() && !value.get().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(variable, "must be an e-mail address");
            return null;
        }
        return value.orElse(null);
    }

    private static Supplier supplier(Map<String, String> env, SettingsProblems problems, boolean production) {
        Optional<String> rawGstin = text(env, EnvVar.GLOBAL_INVOICE_SUPPLIER_GSTIN);
        Gstin gstin;
        if (rawGstin.isEmpty()) {
            // In development the example supplier is the documented default, not worth a warning at every start.
            if (production) {
                problems.add(EnvVar.GLOBAL_INVOICE_SUPPLIER_GSTIN, "must be set in production (invoices name their supplier's GSTIN)");
            }
            gstin = new Gstin(DEVELOPMENT_GSTIN);
        } else {
            var parsed = Gstin.parse(rawGstin.get());
            if (parsed.isEmpty()) {
                problems.add(EnvVar.GLOBAL_INVOICE_SUPPLIER_GSTIN, "is not a valid GSTIN (15 characters, state code, check character)");
                gstin = new Gstin(DEVELOPMENT_GSTIN);
            } else {
                gstin = parsed.get();
            }
        }
        String code = text(env, EnvVar.GLOBAL_INVOICE_SUPPLIER_STATE_CODE).orElse(gstin.stateCode());
        if (!code.equals(gstin.stateCode())) {
            problems.add(EnvVar.GLOBAL_INVOICE_SUPPLIER_STATE_CODE, "must be the state code of GLOBAL_INVOICE_SUPPLIER_GSTIN ("
                    + gstin.stateCode() + ")");
            code = gstin.stateCode();
        }
        var official = GstStateCodes.find(code);
        if (official.isEmpty()) {
            problems.add(EnvVar.GLOBAL_INVOICE_SUPPLIER_GSTIN, "names no GST state code (" + code + ")");
        }
        String stateName = text(env, EnvVar.GLOBAL_INVOICE_SUPPLIER_STATE)
                .orElse(official.map(GstState::name).orElse("Maharashtra"));
        List<String> address = new ArrayList<>();
        text(env, EnvVar.GLOBAL_INVOICE_SUPPLIER_ADDRESS_LINE1).ifPresent(address::add);
        text(env, EnvVar.GLOBAL_INVOICE_SUPPLIER_ADDRESS_LINE2).ifPresent(address::add);
        String name = text(env, EnvVar.GLOBAL_INVOICE_SUPPLIER_NAME).orElse("My Analytics School");
        return new Supplier(name, text(env, EnvVar.GLOBAL_INVOICE_SUPPLIER_LEGAL_NAME).orElse(name), gstin,
                new GstState(official.isPresent() ? code : gstin.stateCode(), stateName), address,
                text(env, EnvVar.GLOBAL_INVOICE_SUPPLIER_EMAIL).orElse(null),
                text(env, EnvVar.GLOBAL_INVOICE_SUPPLIER_PHONE).orElse(null),
                text(env, EnvVar.GLOBAL_INVOICE_SUPPLIER_WEBSITE).orElse(null));
    }
}
