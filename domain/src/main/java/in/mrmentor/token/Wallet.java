package in.mrmentor.token;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The three token accounts every user holds (seed 003: Token, PromotionalToken and the resume-review count). */
public enum Wallet {
    TOKEN("token"),
    RESUME_TOKEN("resumeToken"),
    PROMOTIONAL_TOKEN("promotionalToken");

    private final String apiName;

    Wallet(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The names a client may use, for refusing any other: {@code token, resumeToken, promotionalToken}. */
    public static String apiNames() {
        return Arrays.stream(values()).map(Wallet::apiName).collect(Collectors.joining(", "));
    }

    public static Optional<Wallet> fromApiName(String name) {
        return Arrays.stream(values()).filter(wallet -> wallet.apiName.equals(name)).findFirst();
    }
}
