package in.mrmentor.persistence.hiring;

import in.mrmentor.hiring.port.SalaryBenchmarks;
import in.mrmentor.hiring.port.SalaryBenchmarksContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiSalaryBenchmarksTest extends SalaryBenchmarksContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected SalaryBenchmarks newBenchmarks() {
        return new JdbiSalaryBenchmarks(database.jdbi());
    }
}
