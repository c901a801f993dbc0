package in.mrmentor.tenant;

import in.mrmentor.shared.Platform;
import in.mrmentor.shared.Validation;

import java.util.Objects;

/**
 * One brand of the shared deployment (seed {@code Platform}): the tenant {@code x-platform} names,
 * with what brands its users' experience. The {@link Platform} enum stays the set of codes a request
 * may name; the registry adds these details.
 *
 * @param mailFrom the sender address of the tenant's mails; {@code name} is their display name
 */
public record Tenant(Platform code, String name, String frontendUrl, String mailFrom) {
    public Tenant {
        Objects.requireNonNull(code, "code");
        new Validation()
                .requireText(name, "name", 200)
                .requireText(frontendUrl, "frontendUrl", 500)
                .requireText(mailFrom, "mailFrom", 320)
                .orThrow();
    }
}
