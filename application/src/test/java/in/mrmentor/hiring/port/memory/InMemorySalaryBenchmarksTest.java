package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.port.SalaryBenchmarks;
import in.mrmentor.hiring.port.SalaryBenchmarksContract;

class InMemorySalaryBenchmarksTest extends SalaryBenchmarksContract {
    @Override
    protected SalaryBenchmarks newBenchmarks() {
        return new InMemorySalaryBenchmarks();
    }
}
