package in.mrmentor.bootstrap.invoice;

import in.mrmentor.bootstrap.settings.PlatformSettings;

import in.mrmentor.bootstrap.settings.SettingsException;
import in.mrmentor.bootstrap.settings.SettingsProblems;
import in.mrmentor.invoice.GstRate;
import in.mrmentor.invoice.InvoiceSeries;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceSettingsReaderTest {

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static InvoiceSettings read(Map<String, String> env, boolean production) {
        var problems = new SettingsProblems();
        var settings = InvoiceSettingsReader.read(env, problems, production, PlatformSettings.DEFAULT_BUSINESS_ZONE);
        problems.throwIfAny();
        return settings;
    }

    @Test
    void theDefaultsAreTheSeedsAndDevelopmentQuietlyIssuesAsTheExampleSupplier() {
        var settings = read(env(), false);

        assertThat(settings.terms().supplier().gstin().value()).isEqualTo("27AAPFU0939F1ZV");
        assertThat(settings.terms().supplier().state().name()).isEqualTo("Maharashtra");
        assertThat(settings.terms().prefixOf(InvoiceSeries.MAS101)).isEqualTo("MAS101");
        assertThat(settings.terms().prefixOf(InvoiceSeries.TOK)).isEqualTo("TOK");
        assertThat(settings.terms().defaultSacCode()).isEqualTo("999293");
        assertThat(settings.terms().defaultRate()).isEqualTo(GstRate.percent(18));
        assertThat(settings.terms().businessZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(settings.documents().keyPrefix()).isEqualTo("tax-invoices");
        assertThat(settings.warnings()).isEmpty();
    }

    @Test
    void productionRefusesAMissingOrInvalidGstinAndAStateCodeThatDisagrees() {
        assertThatThrownBy(() -> read(env(), true)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("GLOBAL_INVOICE_SUPPLIER_GSTIN");
        assertThatThrownBy(() -> read(env("GLOBAL_INVOICE_SUPPLIER_GSTIN", "27AAPFU0939F1ZW"), true))
                .hasMessageContaining("GLOBAL_INVOICE_SUPPLIER_GSTIN");
        assertThatThrownBy(() -> read(env("GLOBAL_INVOICE_SUPPLIER_GSTIN", "27AAPFU0939F1ZV",
                "GLOBAL_INVOICE_SUPPLIER_STATE_CODE", "29"), true))
                .hasMessageContaining("GLOBAL_INVOICE_SUPPLIER_STATE_CODE").hasMessageNotContaining("27AAPFU0939F1ZV\n");
        assertThat(read(env("GLOBAL_INVOICE_SUPPLIER_GSTIN", "27AAPFU0939F1ZV", "GLOBAL_INVOICE_SUPPLIER_STATE_CODE", "27"), true)
                .warnings()).isEmpty();
    }

    @Test
    void aPrefixLongerThanSixCharactersOrABadRateStopsStartUp() {
        assertThatThrownBy(() -> read(env("GLOBAL_INVOICE_PAP_PREFIX", "PAPFEES"), false))
                .hasMessageContaining("GLOBAL_INVOICE_PAP_PREFIX");
        assertThatThrownBy(() -> read(env("GLOBAL_INVOICE_GST_RATE", "eighteen"), false))
                .hasMessageContaining("GLOBAL_INVOICE_GST_RATE");
        assertThat(read(env("GLOBAL_INVOICE_GST_RATE", "0.25"), false).terms().defaultRate()).isEqualTo(new GstRate(25));
    }

    @Test
    void theLegacyMasPrefixAloneIsALoudNoOpAndAForeignPapFormatIsNamed() {
        var settings = read(env("GLOBAL_INVOICE_MAS_PREFIX", "MAS", "GLOBAL_INVOICE_PAP_FORMAT", "PAP-{SEQ}"), false);

        assertThat(settings.terms().prefixOf(InvoiceSeries.MAS101)).isEqualTo("MAS101");
        assertThat(settings.warnings()).anySatisfy(w -> assertThat(w)
                .contains("GLOBAL_INVOICE_MAS_PREFIX").contains("GLOBAL_INVOICE_MAS101_PREFIX"));
        assertThat(settings.warnings()).anySatisfy(w -> assertThat(w).contains("GLOBAL_INVOICE_PAP_FORMAT"));
        assertThat(read(env("GLOBAL_INVOICE_MAS_PREFIX", "MAS", "GLOBAL_INVOICE_MAS101_PREFIX", "M101",
                "GLOBAL_INVOICE_PAP_FORMAT", "PREFIX/YYZZ/NNNN"), false).warnings())
                .noneSatisfy(w -> assertThat(w).contains("PREFIX"));
    }

    @Test
    void termsAreSplitOnPipes() {
        var settings = read(env("GLOBAL_INVOICE_TERMS", "One| Two ||Three"), false);

        assertThat(settings.documents().terms()).containsExactly("One", "Two", "Three");
    }
}
