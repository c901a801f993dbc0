package in.mrmentor.mail.port;

import in.mrmentor.mail.TemplateOverride;

import java.util.List;
import java.util.Optional;

/** The admins' overrides of code-defined mails. Writes join the caller's unit of work. */
public interface TemplateOverrides {

    Optional<TemplateOverride> find(String name);

    /** Creates or replaces the override of {@code override.name()}. */
    void save(TemplateOverride override);

    /** Removes the override; false when there was none. */
    boolean delete(String name);

    /** Every override, by name. */
    List<TemplateOverride> all();
}
