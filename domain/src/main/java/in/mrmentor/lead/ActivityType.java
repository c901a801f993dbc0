package in.mrmentor.lead;

/** What a timeline entry records: every change to a lead writes one (CRM.md "Every change writes the activity log"). */
public enum ActivityType {
    CREATED,
    STAGE_CHANGED,
    ASSIGNED,
    UPDATED,
    NOTE,
    CALL,
    SMS,
    WHATSAPP,
    EMAIL,
    FOLLOW_UP_SCHEDULED,
    FOLLOW_UP_DONE,
    DUPLICATE_SUBMISSION;

    /** The types a salesperson logs by hand through {@code POST /api/crm/leads/{id}/activities}. */
    public boolean isLoggedByHand() {
        return this == NOTE || this == CALL || this == SMS || this == WHATSAPP || this == EMAIL;
    }
}
