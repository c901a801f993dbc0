package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.People;
import in.mrmentor.slot.port.PeopleContract;

import java.util.UUID;

class InMemoryPeopleTest extends PeopleContract {
    private final InMemoryPeople registry = new InMemoryPeople();

    @Override
    protected People newPeople() {
        return registry;
    }

    @Override
    protected UUID aPerson(String name, String role, boolean active) {
        return registry.register(name, role, active).id();
    }
}
