package in.mrmentor.config;

import in.mrmentor.shared.Validation;

/** The length limits every command that writes a row's text shares. */
final class ConfigText {

    private ConfigText() {
    }

    static Validation check(Validation validation, String value, String label, String description) {
        return validation
                .require(value == null || value.length() <= SystemConfig.MAX_VALUE_LENGTH, "value", "is too long")
                .optionalText(label, "label", SystemConfig.MAX_LABEL_LENGTH)
                .optionalText(description, "description", SystemConfig.MAX_DESCRIPTION_LENGTH);
    }
}
