package in.mrmentor.program.port.memory;

import in.mrmentor.program.port.BatchesContract;
import in.mrmentor.program.port.ProgramStores;

class InMemoryBatchesTest extends BatchesContract {
    @Override
    protected ProgramStores stores() {
        return InMemoryProgramStores.create();
    }
}
