package in.mrmentor.persistence.hiring;

import in.mrmentor.hiring.port.HiringSwitches;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/** Reads {@code global_auto_screen_on_apply} from the active {@code system_configs} row at each call, as the seed did. */
public final class JdbiHiringSwitches implements HiringSwitches {
    private final Jdbi jdbi;

    public JdbiHiringSwitches(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean autoScreenOnApply() {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM system_configs WHERE key = :key AND is_active "
                        + "AND NOT is_secret")
                .bind("key", AUTO_SCREEN_KEY).mapTo(String.class).findOne())
                .map(value -> value.trim().toLowerCase(Locale.ROOT).equals("true"))
                .orElse(false);
    }
}
