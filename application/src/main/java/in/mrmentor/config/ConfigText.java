package in.mrmentor.config;

import in.mrmentor.shared.Validation;

/** The rules for a row's key and text that every command reading or writing rows shares. */
final class ConfigText {

    private ConfigText() {
    }

    static Validation key(Validation validation, String key) {
        return validation.require(SystemConfig.isValidKey(key), "key",
                "must be 1-" + SystemConfig.MAX_KEY_LENGTH + " letters, digits, '_', '.' or '-'");
    }

    /**
     * A key no row can have is bad input ({@code VALIDATION_FAILED}), not a missing row: asking for it is a
     * mistake to correct, while a well-formed key without a row is {@code CONFIG_NOT_FOUND}.
     */
    static void requireValidKey(String key) {
        key(new Validation(), key).orThrow();
    }

    static Validation check(Validation validation, String value, String label, String description) {
        return validation
                .require(value == null || value.length() <= SystemConfig.MAX_VALUE_LENGTH, "value", "is too long")
                .optionalText(label, "label", SystemConfig.MAX_LABEL_LENGTH)
                .optionalText(description, "description", SystemConfig.MAX_DESCRIPTION_LENGTH);
    }
}
