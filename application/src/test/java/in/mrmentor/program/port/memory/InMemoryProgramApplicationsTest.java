package in.mrmentor.program.port.memory;

import in.mrmentor.program.port.ProgramApplicationsContract;
import in.mrmentor.program.port.ProgramStores;

class InMemoryProgramApplicationsTest extends ProgramApplicationsContract {
    @Override
    protected ProgramStores stores() {
        return InMemoryProgramStores.create();
    }
}
