package in.mrmentor.pap.port.memory;

import in.mrmentor.pap.port.AgreementTemplatesContract;
import in.mrmentor.program.port.ProgramStores;
import in.mrmentor.program.port.memory.InMemoryProgramStores;

class InMemoryAgreementTemplatesTest extends AgreementTemplatesContract {
    @Override
    protected ProgramStores stores() {
        return InMemoryProgramStores.create();
    }
}
