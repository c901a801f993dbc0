package in.mrmentor.pap.port.memory;

import in.mrmentor.pap.port.PapWorkflowsContract;
import in.mrmentor.program.port.ProgramStores;
import in.mrmentor.program.port.memory.InMemoryProgramStores;

class InMemoryPapWorkflowsTest extends PapWorkflowsContract {
    @Override
    protected ProgramStores stores() {
        return InMemoryProgramStores.create();
    }
}
