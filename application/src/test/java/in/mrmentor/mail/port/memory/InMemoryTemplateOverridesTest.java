package in.mrmentor.mail.port.memory;

import in.mrmentor.mail.port.TemplateOverrides;
import in.mrmentor.mail.port.TemplateOverridesContract;

import java.util.UUID;

class InMemoryTemplateOverridesTest extends TemplateOverridesContract {
    @Override
    protected TemplateOverrides newOverrides() {
        return new InMemoryTemplateOverrides();
    }

    @Override
    protected UUID anAdmin() {
        return UUID.randomUUID();
    }
}
