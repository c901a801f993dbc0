package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.port.HsnSacCodes;
import in.mrmentor.invoice.port.HsnSacCodesContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiHsnSacCodesTest extends HsnSacCodesContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected HsnSacCodes newCodes() {
        return new JdbiHsnSacCodes(database.jdbi());
    }
}
