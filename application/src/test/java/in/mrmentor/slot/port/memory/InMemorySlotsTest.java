package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.port.Slots;
import in.mrmentor.slot.port.SlotsContract;

import java.util.UUID;

class InMemorySlotsTest extends SlotsContract {
    @Override
    protected Slots newSlots() {
        return new InMemorySlots();
    }

    @Override
    protected Transactions transactionsFor(Slots slots) {
        var transactions = new InMemoryTransactions();
        transactions.enlist((InMemorySlots) slots);
        return transactions;
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }
}
