package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.slot.port.People;
import in.mrmentor.slot.port.PeopleContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiPeopleTest extends PeopleContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected People newPeople() {
        return new JdbiPeople(database.jdbi());
    }

    @Override
    protected UUID aPerson(String name, String role, boolean active) {
        return TestPeople.insert(database.jdbi(), name, role, active);
    }
}
