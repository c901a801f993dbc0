package in.mrmentor.token;

import java.util.Locale;

/** The platform's side of every movement. Their balances are the negated totals of what users hold. */
public enum SystemAccount implements Account {
    /** Grants, allotments and the starter bundle create tokens from here. */
    ISSUANCE,
    /** Tokens credited for a completed purchase. */
    PURCHASES,
    /** Tokens spent on bookings and resume reviews end here. */
    SPEND,
    /** Negative corrections by an admin return tokens here. */
    CORRECTIONS;

    @Override
    public String ledgerName() {
        return "system:" + name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean mayHold(long balance) {
        return true;
    }
}
