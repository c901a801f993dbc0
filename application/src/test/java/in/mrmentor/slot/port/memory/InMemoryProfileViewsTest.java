package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.ProfileViews;
import in.mrmentor.slot.port.ProfileViewsContract;

import java.util.UUID;

class InMemoryProfileViewsTest extends ProfileViewsContract {
    @Override
    protected ProfileViews newViews() {
        return new InMemoryProfileViews();
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }
}
