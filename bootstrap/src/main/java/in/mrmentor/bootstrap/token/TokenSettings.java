package in.mrmentor.bootstrap.token;

import in.mrmentor.external.payment.RazorpaySettings;
import in.mrmentor.token.StarterBundle;
import in.mrmentor.token.TokenPrice;

import java.util.Objects;
import java.util.Optional;

/** The token economy's settings (seed 000): price, starter bundle and the Razorpay account, if any. */
public record TokenSettings(TokenPrice price, StarterBundle starterBundle, Optional<RazorpaySettings> razorpay) {
    public TokenSettings {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(starterBundle, "starterBundle");
        Objects.requireNonNull(razorpay, "razorpay");
    }

    public static TokenSettings defaults() {
        return new TokenSettings(new TokenPrice(TokenPrice.DEFAULT_RUPEES),
                new StarterBundle(StarterBundle.DEFAULT_MOCK, StarterBundle.DEFAULT_RESUME), Optional.empty());
    }
}
