package in.mrmentor.bootstrap.settings;

import java.util.List;

/** Start-up refused: every problem names the variable and what is wrong with it, never its value. */
public final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public SettingsException(List<String> problems) {
        super("Refusing to start:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
