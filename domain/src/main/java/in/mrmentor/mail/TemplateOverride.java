package in.mrmentor.mail;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An admin's replacement of a mail's subject and bodies, used from the next mail on.
 *
 * @param html      null for a plain-text mail
 * @param updatedBy the admin, or null once that account is gone
 */
public record TemplateOverride(String name, String subject, String html, String text, UUID updatedBy,
                               Instant updatedAt) {
    public static final int MAX_BODY = 100_000;

    public TemplateOverride {
        Objects.requireNonNull(updatedAt, "updatedAt");
        new Validation()
                .requireText(name, "name", 100)
                .requireText(subject, "subject", 998)
                .optionalText(html, "html", MAX_BODY)
                .requireText(text, "text", MAX_BODY)
                .orThrow();
    }
}
