package in.mrmentor.hiring.port;

/** The runtime settings (system_configs rows) hiring reads at the moment it needs them. */
public interface HiringSwitches {
    String AUTO_SCREEN_KEY = "global_auto_screen_on_apply";

    /** {@code global_auto_screen_on_apply} is an active row whose value is "true" (any case). */
    boolean autoScreenOnApply();
}
