package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.ApplicationsContract;
import java.util.UUID;

class InMemoryApplicationsTest extends ApplicationsContract {
    @Override
    protected Applications newApplications() {
        return new InMemoryApplications();
    }

    @Override
    protected UUID aPost() {
        return UUID.randomUUID();
    }
}
