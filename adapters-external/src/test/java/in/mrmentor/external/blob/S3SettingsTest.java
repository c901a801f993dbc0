package in.mrmentor.external.blob;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3SettingsTest {

    @Test
    void theUrlStyleIsVirtualUnlessPathIsAskedFor() {
        assertThat(S3Settings.UrlStyle.parse(null)).isEqualTo(S3Settings.UrlStyle.VIRTUAL);
        assertThat(S3Settings.UrlStyle.parse(" ")).isEqualTo(S3Settings.UrlStyle.VIRTUAL);
        assertThat(S3Settings.UrlStyle.parse("Path")).isEqualTo(S3Settings.UrlStyle.PATH);
        assertThat(S3Settings.UrlStyle.parse("virtual")).isEqualTo(S3Settings.UrlStyle.VIRTUAL);
        assertThatThrownBy(() -> S3Settings.UrlStyle.parse("subdomain")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyIdWithoutItsSecretIsRefused() {
        assertThatThrownBy(() -> new S3Settings("auto", "id", null, "b", null, S3Settings.UrlStyle.VIRTUAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSecretNeverAppearsInToString() {
        var settings = new S3Settings("auto", "id", "very-secret", "bucket",
                URI.create("https://account.r2.cloudflarestorage.com"), S3Settings.UrlStyle.VIRTUAL);

        assertThat(settings.toString()).doesNotContain("very-secret").contains("bucket");
    }

    @Test
    void aRelativeEndpointIsRefused() {
        assertThatThrownBy(() -> new S3Settings("auto", null, null, "b", URI.create("minio:9000"),
                S3Settings.UrlStyle.PATH)).isInstanceOf(IllegalArgumentException.class);
    }
}
