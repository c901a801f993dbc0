package in.mrmentor.bootstrap.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's configuration table is the operators' reference; it must name every variable the code reads. */
class ReadmeDocumentsEveryVariableTest {

    @Test
    void everyEnvironmentVariableIsInTheReadmeTable() throws Exception {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme);

        for (EnvVar var : EnvVar.values()) {
            assertThat(text).as("README row for " + var).contains("| `" + var.name() + "` |");
        }
    }
}
