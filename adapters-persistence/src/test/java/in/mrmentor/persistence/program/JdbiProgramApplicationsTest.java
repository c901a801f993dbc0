package in.mrmentor.persistence.program;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.program.port.ProgramApplicationsContract;
import in.mrmentor.program.port.ProgramStores;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiProgramApplicationsTest extends ProgramApplicationsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected ProgramStores stores() {
        return JdbiProgramStores.over(database.jdbi());
    }
}
