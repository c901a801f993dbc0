package in.mrmentor.token;

/** {@code TOKEN_VALUE} rupees per token (seed 000, default 350); every amount is integer paise. */
public record TokenPrice(long rupeesPerToken) {
    public static final long DEFAULT_RUPEES = 350;
    public static final long MAX_QUANTITY = 1_000;
    public static final String CURRENCY = "INR";

    public TokenPrice {
        if (rupeesPerToken <= 0) {
            throw new IllegalArgumentException("a token costs a positive number of rupees");
        }
    }

    public long paiseFor(long quantity) {
        if (quantity <= 0 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be 1 to " + MAX_QUANTITY);
        }
        return Math.multiplyExact(Math.multiplyExact(quantity, rupeesPerToken), 100L);
    }
}
