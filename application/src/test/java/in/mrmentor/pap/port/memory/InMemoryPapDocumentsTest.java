package in.mrmentor.pap.port.memory;

import in.mrmentor.pap.port.PapDocuments;
import in.mrmentor.pap.port.PapDocumentsContract;

class InMemoryPapDocumentsTest extends PapDocumentsContract {
    @Override
    protected PapDocuments newDocuments() {
        return new InMemoryPapDocuments();
    }
}
