package in.mrmentor.lead;

import java.util.UUID;

/**
 * The leads one viewer may see, in a form both a single-lead check ({@link #includes}) and a
 * list query can apply; produced only by {@link LeadVisibilityPolicy}, so every route agrees.
 *
 * @param all       an administrator: every lead
 * @param userId    leads assigned to this user, or owned by this user as a head
 * @param pool      also the unassigned pool (heads)
 * @param none      nothing at all (not a SALES user)
 */
public record LeadScope(boolean all, UUID userId, boolean pool, boolean none) {

    public boolean includes(Lead lead) {
        if (none) {
            return false;
        }
        if (all) {
            return true;
        }
        if (userId.equals(lead.assignedTo()) || userId.equals(lead.owningSalesHeadId())) {
            return true;
        }
        return pool && lead.assignedTo() == null;
    }
}
