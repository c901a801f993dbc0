package in.mrmentor.config;

import in.mrmentor.shared.DomainException;

final class ConfigErrors {
    static final String NOT_FOUND = "CONFIG_NOT_FOUND";
    static final String KEY_TAKEN = "CONFIG_KEY_TAKEN";

    private ConfigErrors() {
    }

    static DomainException keyNotFound() {
        return DomainException.notFound(NOT_FOUND, "No such configuration key.");
    }

    static DomainException idNotFound() {
        return DomainException.notFound(NOT_FOUND, "No configuration row with that id.");
    }
}
