package in.mrmentor.lead;

import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.identity.Role;
import in.mrmentor.lead.port.SalesTeams;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * {@code PUT /api/admin/users/{id}/sales-head}: an administrator names a SALES user's head (an active
 * SALES user), or clears it with null. A chain of heads never loops back.
 */
public final class SetSalesHead {
    private final SalesTeams teams;
    private final Transactions transactions;

    public SetSalesHead(SalesTeams teams, Transactions transactions) {
        this.teams = teams;
        this.transactions = transactions;
    }

    public SalesTeams.Member set(UUID userId, UUID headId) {
        return transactions.inTransaction(() -> {
            var member = teams.member(userId).orElseThrow(IdentityErrors::userIdNotFound);
            if (member.role() != Role.SALES) {
                throw Validation.invalid("id", "must be a SALES user");
            }
            if (headId != null) {
                var head = teams.member(headId).filter(h -> h.role() == Role.SALES && h.active());
                if (head.isEmpty()) {
                    throw Validation.invalid("salesHeadId", "must be an active SALES user");
                }
                Set<UUID> seen = new HashSet<>();
                for (UUID step = headId; step != null; step = teams.member(step).map(SalesTeams.Member::headId).orElse(null)) {
                    if (step.equals(userId) || !seen.add(step)) {
                        throw Validation.invalid("salesHeadId", "would make a cycle of sales heads");
                    }
                }
            }
            teams.setHead(userId, headId);
            return teams.member(userId).orElseThrow();
        });
    }
}
