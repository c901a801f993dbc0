package in.mrmentor.persistence.mail;

import in.mrmentor.mail.port.TemplateOverrides;
import in.mrmentor.mail.port.TemplateOverridesContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiTemplateOverridesTest extends TemplateOverridesContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected TemplateOverrides newOverrides() {
        return new JdbiTemplateOverrides(database.jdbi());
    }

    @Override
    protected UUID anAdmin() {
        return TestUsers.insert(database.jdbi());
    }
}
