package in.mrmentor.lead;

/** How a call (or another touch) went. */
public enum CallOutcome {
    CONNECTED,
    NO_ANSWER,
    BUSY,
    WRONG_NUMBER,
    CALLBACK
}
