package in.mrmentor.persistence.program;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.program.port.BatchesContract;
import in.mrmentor.program.port.ProgramStores;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiBatchesTest extends BatchesContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected ProgramStores stores() {
        return JdbiProgramStores.over(database.jdbi());
    }
}
