package in.mrmentor.token;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transfers that may depend on the balances they move. The ledger locks {@link #accounts()} once, in
 * its one fixed order, reads their balances, and only then asks for the {@link #transfers}: the
 * decision and the posting see the same numbers, and no caller has to lock the rows beforehand.
 */
public interface TransferPlan {

    /** The user accounts the transfers may touch; every one of them is locked before they are decided. */
    Set<UserAccount> accounts();

    /**
     * @param balances what each of {@link #accounts()} holds, read under the ledger's lock
     * @throws in.mrmentor.shared.DomainException when the plan refuses (e.g. a booking the balances cannot pay)
     */
    List<Transfer> transfers(Map<UserAccount, Long> balances);

    /** Transfers already decided, whatever the balances: the ledger still refuses any that would go negative. */
    static TransferPlan of(List<Transfer> transfers) {
        List<Transfer> fixed = List.copyOf(transfers);
        Set<UserAccount> accounts = new LinkedHashSet<>();
        for (Transfer transfer : fixed) {
            for (Account account : List.of(transfer.from(), transfer.to())) {
                if (account instanceof UserAccount user) {
                    accounts.add(user);
                }
            }
        }
        Set<UserAccount> touched = Set.copyOf(accounts);
        return new TransferPlan() {
            @Override
            public Set<UserAccount> accounts() {
                return touched;
            }

            @Override
            public List<Transfer> transfers(Map<UserAccount, Long> balances) {
                return fixed;
            }
        };
    }
}
