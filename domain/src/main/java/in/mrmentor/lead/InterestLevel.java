package in.mrmentor.lead;

/** How keen a lead is, as the salesperson judges it. */
public enum InterestLevel {
    HOT,
    WARM,
    COLD,
    UNKNOWN
}
