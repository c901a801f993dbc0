package in.mrmentor.lead;

/** How a bulk assignment spreads leads over salespeople. */
public enum AssignmentStrategy {
    /** In turn, in the order the assignees were given. */
    ROUND_ROBIN,
    /** Each lead to whoever holds the fewest open leads at that moment (ties: the earlier assignee). */
    LEAST_LOADED
}
