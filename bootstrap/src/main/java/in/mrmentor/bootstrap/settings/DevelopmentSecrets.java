package in.mrmentor.bootstrap.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Secrets a developer did not set are generated once and kept in {@code MAS_DATA_DIR}, readable by
 * the owner only, so a restart keeps sessions and encrypted rows valid. Never used in production.
 */
public final class DevelopmentSecrets {
    public static final String FILE_NAME = "dev-secrets.properties";

    private final Path file;
    private final Properties values = new Properties();

    private DevelopmentSecrets(Path file) {
        this.file = file;
    }

    public static DevelopmentSecrets in(Path dataDirectory) {
        DevelopmentSecrets secrets = new DevelopmentSecrets(dataDirectory.resolve(FILE_NAME));
        if (Files.exists(secrets.file)) {
            try (Reader reader = Files.newBufferedReader(secrets.file, StandardCharsets.UTF_8)) {
                secrets.values.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + secrets.file, e);
            }
        }
        return secrets;
    }

    /** The kept value for {@code var}, generating and saving one on first use. */
    public synchronized Secret get(EnvVar var) {
        String existing = values.getProperty(var.name());
        if (existing != null && !existing.isBlank()) {
            return new Secret(existing);
        }
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        values.setProperty(var.name(), generated);
        save();
        return new Secret(generated);
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(writer, "Generated for development only; production sets these in its environment.");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
