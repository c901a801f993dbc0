package in.mrmentor.bootstrap.settings;

import in.mrmentor.external.blob.S3Settings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformSettingsReaderTest {

    private static PlatformSettings read(Map<String, String> env, SettingsProblems problems) {
        return PlatformSettingsReader.read(env, problems);
    }

    @Test
    void nothingSetMeansPostgresJobsAndFilesystemBlobs() {
        SettingsProblems problems = new SettingsProblems();
        PlatformSettings settings = read(Map.of(), problems);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(settings.redisUrl()).isEmpty();
        assertThat(settings.s3()).isEmpty();
        assertThat(settings.cleanupInterval()).hasHours(24);
    }

    @Test
    void theSeedsAwsNamesConfigureS3() {
        SettingsProblems problems = new SettingsProblems();
        S3Settings s3 = read(Map.of("AWS_S3_BUCKET_NAME", "mr-mentor-recordings", "AWS_REGION", "ap-south-1",
                "AWS_ACCESS_KEY_ID", "AKIA", "AWS_SECRET_ACCESS_KEY", "shh"), problems).s3().orElseThrow();

        assertThat(s3.bucket()).isEqualTo("mr-mentor-recordings");
        assertThat(s3.region()).isEqualTo("ap-south-1");
        assertThat(s3.endpoint()).isNull();
        assertThat(s3.pathStyle()).isFalse();
    }

    @Test
    void seed004sNamesWorkForS3CompatibleStores() {
        SettingsProblems problems = new SettingsProblems();
        S3Settings s3 = read(Map.of("S3_BUCKET", "blobs", "S3_REGION", "auto", "S3_ACCESS_KEY_ID", "k",
                "S3_SECRET_ACCESS_KEY", "s", "S3_ENDPOINT_URL", "http://127.0.0.1:9000", "S3_URL_STYLE", "path"),
                problems).s3().orElseThrow();

        assertThat(s3.endpoint()).isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(s3.pathStyle()).isTrue();
        assertThat(s3.region()).isEqualTo("auto");
    }

    @Test
    void halfAKeyPairABadStyleAndABadRedisUrlAreRefused() {
        SettingsProblems problems = new SettingsProblems();
        read(Map.of("S3_BUCKET", "b", "AWS_ACCESS_KEY_ID", "only-half"), problems);
        read(Map.of("S3_BUCKET", "b", "S3_URL_STYLE", "sideways"), problems);
        read(Map.of("REDIS_URL", "http://redis:6379"), problems);

        try {
            problems.throwIfAny();
        } catch (SettingsException e) {
            assertThat(e.problems()).extracting(p -> p.split(" ")[0])
                    .containsExactly("AWS_SECRET_ACCESS_KEY", "S3_URL_STYLE", "REDIS_URL");
            assertThat(e.getMessage()).doesNotContain("only-half");
            return;
        }
        throw new AssertionError("expected problems");
    }
}
