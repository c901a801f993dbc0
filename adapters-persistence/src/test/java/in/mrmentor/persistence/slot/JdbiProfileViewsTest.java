package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.slot.port.ProfileViews;
import in.mrmentor.slot.port.ProfileViewsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiProfileViewsTest extends ProfileViewsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected ProfileViews newViews() {
        return new JdbiProfileViews(database.jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }
}
