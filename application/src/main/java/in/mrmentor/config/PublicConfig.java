package in.mrmentor.config;

/** What the public route serves of an active, non-secret row. */
public record PublicConfig(String key, String value, String label, String description) {
}
