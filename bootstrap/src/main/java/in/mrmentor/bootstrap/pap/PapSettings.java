package in.mrmentor.bootstrap.pap;

import in.mrmentor.pap.AgreementTemplate;
import in.mrmentor.pap.PapFeeRule;

import java.util.Objects;
import java.util.Optional;

/**
 * Pay-after-placement's settings (seed 000): the fee rule, the first MOU text, the demo signer, and
 * Leegality's account as far as the environment gives it (the {@code system_configs} rows fill what
 * is missing at each call).
 *
 * @param leegalityBaseUrl         {@code LEEGALITY_BASE_URL}, else {@code LEEGALITY_SANDBOX_BASE_URL}
 * @param leegalityAuthToken       {@code LEEGALITY_AUTH_TOKEN}, else {@code LEEGALITY_SANDBOX_AUTH_TOKEN}
 */
public record PapSettings(PapFeeRule feeRule, String firstTemplateBody, boolean demoAutoVerify,
                          Optional<String> leegalityBaseUrl, Optional<String> leegalityAuthToken,
                          Optional<String> leegalityPrivateSalt, Optional<String> leegalityCreateRequestTemplate) {
    public PapSettings {
        Objects.requireNonNull(feeRule, "feeRule");
        Objects.requireNonNull(firstTemplateBody, "firstTemplateBody");
    }

    public static PapSettings defaults() {
        return new PapSettings(PapFeeRule.DEFAULT, AgreementTemplate.DEFAULT_BODY, false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return "PapSettings[feeRule=" + feeRule + ", demoAutoVerify=" + demoAutoVerify + ", leegalityBaseUrl="
                + leegalityBaseUrl + ", leegalityAuthToken=" + leegalityAuthToken.map(t -> "********")
                + ", leegalityPrivateSalt=" + leegalityPrivateSalt.map(t -> "********") + "]";
    }
}
