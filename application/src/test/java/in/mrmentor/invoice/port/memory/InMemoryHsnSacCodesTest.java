package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.HsnSacCodes;
import in.mrmentor.invoice.port.HsnSacCodesContract;

class InMemoryHsnSacCodesTest extends HsnSacCodesContract {
    @Override
    protected HsnSacCodes newCodes() {
        return new InMemoryHsnSacCodes();
    }
}
