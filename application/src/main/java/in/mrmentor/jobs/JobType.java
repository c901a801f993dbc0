package in.mrmentor.jobs;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names job types may take, and the types the seed runs. A type names a queue: each adapter
 * keeps one stream, table partition or worker pool per type, so the name must be safe to embed in
 * a Redis key or a log line.
 */
public final class JobType {
    public static final String EMAIL = "email";
    /** Re-enqueues outbox messages whose delivery job was lost (see the mail context's SweepOutbox). */
    public static final String EMAIL_SWEEP = "emailSweep";
    public static final String CLEANUP = "cleanup";
    public static final String KPI = "kpi";
    public static final String RESUME_ANALYSIS = "resumeAnalysis";
    /** Tells the Mr. Hire backend which call providers are enabled (config context). */
    public static final String CALL_PROVIDERS_REFRESH = "callProvidersRefresh";
    /** Streams an uploaded lead CSV into the CRM (the lead context's RunLeadImport). */
    public static final String LEAD_IMPORT = "leadImport";

    /** Renders an issued invoice or credit note to PDF and mails it (the invoice context's RenderInvoiceDocument). */
    public static final String INVOICE_PDF = "invoicePdf";

    /** Every type this platform enqueues: their queues exist even while they hold no job. */
    public static final Set<String> PLATFORM_TYPES = Set.of(EMAIL, EMAIL_SWEEP, CLEANUP, KPI, RESUME_ANALYSIS,
            CALL_PROVIDERS_REFRESH, LEAD_IMPORT, INVOICE_PDF);

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

    private JobType() {
    }

    public static String requireValid(String type) {
        if (type == null || !NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("job type must match " + NAME.pattern() + ": " + type);
        }
        return type;
    }
}
