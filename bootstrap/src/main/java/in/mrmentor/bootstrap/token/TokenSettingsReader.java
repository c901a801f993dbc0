package in.mrmentor.bootstrap.token;

import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.SettingsProblems;
import in.mrmentor.external.payment.RazorpaySettings;
import in.mrmentor.token.StarterBundle;
import in.mrmentor.token.TokenPrice;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static in.mrmentor.bootstrap.settings.SettingsProblems.text;

/** Reads {@link TokenSettings}; Razorpay counts as configured once {@code RAZORPAY_KEY_ID} is set. */
public final class TokenSettingsReader {

    private TokenSettingsReader() {
    }

    public static TokenSettings read(Map<String, String> env, SettingsProblems problems) {
        var price = new TokenPrice(problems.integer(env, EnvVar.TOKEN_VALUE, (int) TokenPrice.DEFAULT_RUPEES, 1, 1_000_000));
        var bundle = new StarterBundle(
                problems.integer(env, EnvVar.STARTER_BUNDLE_MOCK, (int) StarterBundle.DEFAULT_MOCK, 0, 1000),
                problems.integer(env, EnvVar.STARTER_BUNDLE_RESUME, (int) StarterBundle.DEFAULT_RESUME, 0, 1000));
        return new TokenSettings(price, bundle, razorpay(env, problems));
    }

    private static Optional<RazorpaySettings> razorpay(Map<String, String> env, SettingsProblems problems) {
        Optional<String> keyId = text(env, EnvVar.RAZORPAY_KEY_ID);
        if (keyId.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> secret = text(env, EnvVar.RAZORPAY_KEY_SECRET);
        if (secret.isEmpty()) {
            problems.add(EnvVar.RAZORPAY_KEY_SECRET, "must be set together with RAZORPAY_KEY_ID");
            return Optional.empty();
        }
        URI api = RazorpaySettings.DEFAULT_API_URL;
        Optional<String> rawApi = text(env, EnvVar.RAZORPAY_API_URL);
        if (rawApi.isPresent()) {
            try {
                api = URI.create(rawApi.get());
                if (api.getScheme() == null || api.getHost() == null) {
                    problems.add(EnvVar.RAZORPAY_API_URL, "must be an absolute URL such as https://api.razorpay.com");
                    return Optional.empty();
                }
            } catch (IllegalArgumentException e) {
                problems.add(EnvVar.RAZORPAY_API_URL, "is not a valid URL");
                return Optional.empty();
            }
        }
        return Optional.of(new RazorpaySettings(keyId.get(), secret.get(), text(env, EnvVar.RAZORPAY_WEBHOOK_SECRET), api));
    }
}
