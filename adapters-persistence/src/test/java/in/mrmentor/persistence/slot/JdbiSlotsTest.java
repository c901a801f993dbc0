package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.Slots;
import in.mrmentor.slot.port.SlotsContract;
import org.junit.jupiter.api.AfterEach;

import java.util.UUID;

class JdbiSlotsTest extends SlotsContract {
    private Database database;

    @Override
    protected Slots newSlots() {
        return new JdbiSlots(database().jdbi());
    }

    @Override
    protected Transactions transactionsFor(Slots slots) {
        return new JdbiTransactions(database().jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database().jdbi());
    }

    private Database database() {
        if (database == null) {
            database = TestPostgres.get().freshDatabase();
        }
        return database;
    }

    @AfterEach
    void close() {
        database.close();
    }
}
