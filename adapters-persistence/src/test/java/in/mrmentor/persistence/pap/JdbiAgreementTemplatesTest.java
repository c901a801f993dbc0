package in.mrmentor.persistence.pap;

import in.mrmentor.pap.port.AgreementTemplatesContract;
import in.mrmentor.persistence.program.JdbiProgramStores;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.program.port.ProgramStores;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiAgreementTemplatesTest extends AgreementTemplatesContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected ProgramStores stores() {
        return JdbiProgramStores.over(database.jdbi());
    }
}
