package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.port.RequestCounters;
import in.mrmentor.identity.port.RequestCountersContract;

class InMemoryRequestCountersTest extends RequestCountersContract {
    @Override
    protected RequestCounters newCounters() {
        return new InMemoryRequestCounters();
    }
}
