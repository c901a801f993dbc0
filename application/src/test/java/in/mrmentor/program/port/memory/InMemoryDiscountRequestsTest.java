package in.mrmentor.program.port.memory;

import in.mrmentor.program.port.DiscountRequestsContract;
import in.mrmentor.program.port.ProgramStores;

class InMemoryDiscountRequestsTest extends DiscountRequestsContract {
    @Override
    protected ProgramStores stores() {
        return InMemoryProgramStores.create();
    }
}
