package in.mrmentor.lead;

/**
 * CRM.md "Who", the one rule every CRM route applies: a salesperson sees the leads assigned to
 * them; a head also sees every lead their team owns and the unassigned pool; ADMIN sees all. A lead
 * outside the scope is answered as if it did not exist (404 {@code LEAD_NOT_FOUND}).
 */
public final class LeadVisibilityPolicy {

    private LeadVisibilityPolicy() {
    }

    public static LeadScope scopeOf(LeadViewer viewer) {
        if (viewer.admin()) {
            return new LeadScope(true, viewer.userId(), true, false);
        }
        if (!viewer.sales()) {
            return new LeadScope(false, viewer.userId(), false, true);
        }
        return new LeadScope(false, viewer.userId(), viewer.head(), false);
    }

    /** The lead when the viewer may see it; otherwise the refusal that does not tell it exists. */
    public static Lead requireVisible(LeadViewer viewer, Lead lead) {
        if (lead == null || !scopeOf(viewer).includes(lead)) {
            throw LeadErrors.leadNotFound();
        }
        return lead;
    }

    /** Who may assign: an administrator, or a head for the leads in their scope. */
    public static boolean mayAssign(LeadViewer viewer) {
        return viewer.admin() || (viewer.sales() && viewer.head());
    }
}
