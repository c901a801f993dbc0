package in.mrmentor.pap;

/**
 * The PAP fee (PROGRAMS.md): {@code percent} % of the annual CTC, capped at {@code capPaise}, a
 * GST-inclusive amount. Integer arithmetic, rounded down to the paisa.
 */
public record PapFeeRule(int percent, long capPaise) {
    public static final PapFeeRule DEFAULT = new PapFeeRule(15, 50_000_000L);

    public PapFeeRule {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("PAP percent must be from 1 to 100");
        }
        if (capPaise < 1) {
            throw new IllegalArgumentException("PAP cap must be positive");
        }
    }

    public long feeFor(long annualCtcPaise) {
        return Math.min(Math.multiplyExact(annualCtcPaise, (long) percent) / 100, capPaise);
    }
}
