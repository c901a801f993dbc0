package in.mrmentor.lead;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A marketing campaign whose website form posts leads (the seed's CampaignLead source). */
public record Campaign(String slug, String name, boolean active, Instant createdAt) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{3,60}");

    public Campaign {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Validation check(Validation validation, String slug, String name) {
        return validation.require(slug != null && SLUG.matcher(slug).matches(), "slug", "must match [a-z0-9-]{3,60}")
                .requireText(name, "name", 200);
    }

    public static boolean isSlug(String text) {
        return text != null && SLUG.matcher(text).matches();
    }
}
