package in.mrmentor.invoice;

import java.math.BigDecimal;

/**
 * A GST rate in basis points (18 % = 1800), so fractional rates such as 0.25 % stay integers and
 * every tax computation stays in whole paise.
 */
public record GstRate(int basisPoints) {
    public static final int MAX_BASIS_POINTS = 10_000;

    public GstRate {
        if (basisPoints < 0 || basisPoints > MAX_BASIS_POINTS) {
            throw new IllegalArgumentException("a GST rate is from 0 to 100 %");
        }
    }

    public static GstRate percent(long percent) {
        return new GstRate(Math.toIntExact(percent * 100));
    }

    /** @throws ArithmeticException for more than two decimals */
    public static GstRate percent(BigDecimal percent) {
        return new GstRate(percent.movePointRight(2).intValueExact());
    }

    public BigDecimal percent() {
        BigDecimal percent = BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    /** The rate as printed: {@code 18}, {@code 0.25}. */
    @Override
    public String toString() {
        return percent().toPlainString();
    }
}
