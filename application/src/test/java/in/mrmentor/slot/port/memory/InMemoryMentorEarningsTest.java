package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.port.MentorEarnings;
import in.mrmentor.slot.port.MentorEarningsContract;

import java.util.UUID;

class InMemoryMentorEarningsTest extends MentorEarningsContract {
    @Override
    protected MentorEarnings newEarnings() {
        return new InMemoryMentorEarnings();
    }

    @Override
    protected Transactions transactionsFor(MentorEarnings earnings) {
        var transactions = new InMemoryTransactions();
        transactions.enlist((InMemoryMentorEarnings) earnings);
        return transactions;
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }
}
