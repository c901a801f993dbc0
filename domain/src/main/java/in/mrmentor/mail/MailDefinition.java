package in.mrmentor.mail;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A mail the platform sends, as an admin may edit it (seed {@code EmailTemplate}): its default in
 * code, the variables the sending code provides, and those an override must keep (a verification
 * mail without its code is no mail). An override naming any other variable is refused, so it can
 * never render a blank where the admin expected a value.
 */
public record MailDefinition(EmailTemplate defaults, Set<String> variables, Set<String> required) {
    public MailDefinition {
        Objects.requireNonNull(defaults, "defaults");
        variables = Set.copyOf(new LinkedHashSet<>(variables));
        required = Set.copyOf(required);
        if (!variables.containsAll(defaults.variables()) || !variables.containsAll(required)) {
            throw new IllegalArgumentException("mail " + defaults.name() + " uses or requires a variable it does not provide");
        }
    }

    /** A mail whose provided variables are those its default uses, none of them required. */
    public static MailDefinition of(EmailTemplate defaults, Set<String> required) {
        return new MailDefinition(defaults, defaults.variables(), required);
    }

    public String name() {
        return defaults.name();
    }
}
