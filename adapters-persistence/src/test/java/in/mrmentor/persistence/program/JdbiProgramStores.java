package in.mrmentor.persistence.program;

import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.pap.JdbiAgreementTemplates;
import in.mrmentor.persistence.pap.JdbiPapWorkflows;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.program.port.ProgramStores;
import org.jdbi.v3.core.Jdbi;

/** The Jdbi stores of programs and PAP over one test database. */
public final class JdbiProgramStores {

    private JdbiProgramStores() {
    }

    public static ProgramStores over(Jdbi jdbi) {
        return new ProgramStores(new JdbiBatches(jdbi), new JdbiProgramApplications(jdbi), new JdbiDiscountRequests(jdbi),
                new JdbiPapWorkflows(jdbi), new JdbiAgreementTemplates(jdbi), new JdbiTransactions(jdbi),
                () -> TestUsers.insert(jdbi));
    }
}
