package in.mrmentor.pap.port;

import in.mrmentor.pap.AgreementTemplate;
import in.mrmentor.program.port.ProgramStores;
import org.junit.jupiter.api.Test;

import static in.mrmentor.program.ProgramTestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link AgreementTemplates} adapter has. */
public abstract class AgreementTemplatesContract {

    protected abstract ProgramStores stores();

    @Test
    void aVersionIsStoredOnceAndTheLatestIsTheHighest() {
        var templates = stores().templates();
        assertThat(templates.latest()).isEmpty();
        assertThat(templates.add(new AgreementTemplate(1, "first", null, NOW))).isTrue();
        assertThat(templates.add(new AgreementTemplate(2, "second", null, NOW))).isTrue();
        assertThat(templates.add(new AgreementTemplate(2, "again", null, NOW))).isFalse();

        assertThat(templates.latest().map(AgreementTemplate::body)).contains("second");
        assertThat(templates.find(1).map(AgreementTemplate::body)).contains("first");
        assertThat(templates.find(3)).isEmpty();
    }
}
