package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.GstStates;
import in.mrmentor.invoice.port.GstStatesContract;

class InMemoryGstStatesTest extends GstStatesContract {
    @Override
    protected GstStates newStates() {
        return new InMemoryGstStates();
    }
}
