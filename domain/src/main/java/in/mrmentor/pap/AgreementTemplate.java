package in.mrmentor.pap;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version of the MOU's text (seed 003 "Mas101PapAgreementTemplate"): a body with
 * {@code {{placeholders}}}; a workflow pins the version it was rendered from, so a later version
 * never changes an agreement already made.
 */
public record AgreementTemplate(int version, String body, java.util.UUID createdBy, Instant createdAt) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z][a-zA-Z0-9_]*)\\s*}}");
    public static final int MAX_BODY = 100_000;

    public AgreementTemplate {
        new Validation().require(version >= 1, "version", "must be at least 1")
                .requireText(body, "body", MAX_BODY).orThrow();
    }

    /** The body with each known placeholder replaced; an unknown one is left empty. */
    public String render(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The text used when no template file is configured and no version is stored yet. */
    public static final String DEFAULT_BODY = """
            MEMORANDUM OF UNDERSTANDING - PAY AFTER PLACEMENT

            This memorandum is made on {{date}} between My Analytics School ("the Institute") and
            {{legalName}} (PAN {{pan}}), residing at {{address}} ("the Student"){{guardianClause}}.

            1. The Institute admits the Student to batch {{batchCode}} ({{batchName}}) of the {{program}} program.
            2. The Student pays no fee upfront. On accepting a job offer within the placement period, the Student
               pays the Institute {{papPercent}} percent of the offered annual CTC, capped at Rs. {{papCapRupees}},
               inclusive of GST, against a tax invoice.
            3. The Student reports every offer, with its offer letter, within seven days of receiving it.
            4. Expected annual CTC stated by the Student: {{expectedCtc}}.

            Agreement reference: {{workflowId}}
            """;
}
