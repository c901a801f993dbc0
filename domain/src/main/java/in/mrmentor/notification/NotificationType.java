package in.mrmentor.notification;

/**
 * What a notification tells of, with the category a client groups it under and how prominently it
 * shows it. One constant per change a user waits for (API.md, wave 2); later contexts add theirs.
 */
public enum NotificationType {
    BOOKING_CONFIRMED(Category.MEETING, Priority.HIGH),
    CANCELLATION_REQUESTED(Category.MEETING, Priority.HIGH),
    SLOT_CANCELLED(Category.MEETING, Priority.HIGH),
    SLOT_REQUEST_ACCEPTED(Category.MEETING, Priority.HIGH),
    SLOT_REQUEST_DECLINED(Category.MEETING, Priority.NORMAL),
    WITHDRAWAL_APPROVED(Category.EARNINGS, Priority.NORMAL),
    WITHDRAWAL_REJECTED(Category.EARNINGS, Priority.HIGH),
    WITHDRAWAL_PAID(Category.EARNINGS, Priority.NORMAL),
    TOKEN_REQUEST_APPROVED(Category.TOKENS, Priority.NORMAL),
    TOKEN_REQUEST_REJECTED(Category.TOKENS, Priority.NORMAL),
    PURCHASE_COMPLETED(Category.TOKENS, Priority.NORMAL),
    INVOICE_ISSUED(Category.BILLING, Priority.NORMAL),
    PROGRAM_APPLICATION_APPROVED(Category.PROGRAMS, Priority.HIGH),
    PROGRAM_APPLICATION_REJECTED(Category.PROGRAMS, Priority.HIGH),
    PROGRAM_APPLICATION_UPDATED(Category.PROGRAMS, Priority.NORMAL),
    PAP_STEP_DONE(Category.PROGRAMS, Priority.NORMAL);

    /** How a client groups notifications. */
    public enum Category { MEETING, EARNINGS, TOKENS, BILLING, PROGRAMS }

    public enum Priority { LOW, NORMAL, HIGH }

    private final Category category;
    private final Priority priority;

    NotificationType(Category category, Priority priority) {
        this.category = category;
        this.priority = priority;
    }

    public Category category() {
        return category;
    }

    public Priority priority() {
        return priority;
    }
}
