package in.mrmentor.token;

import java.util.Arrays;
import java.util.Optional;

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

    public static Optional<Wallet> fromApiName(String name) {
        return Arrays.stream(values()).filter(wallet -> wallet.apiName.equals(name)).findFirst();
    }
}
