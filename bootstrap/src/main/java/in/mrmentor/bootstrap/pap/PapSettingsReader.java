package in.mrmentor.bootstrap.pap;

import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.SettingsProblems;
import in.mrmentor.pap.AgreementTemplate;
import in.mrmentor.pap.PapFeeRule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static in.mrmentor.bootstrap.settings.SettingsProblems.text;

/** Reads {@link PapSettings}; the demo signer is refused in production, naming its variable. */
public final class PapSettingsReader {

    private PapSettingsReader() {
    }

    public static PapSettings read(Map<String, String> env, boolean production, SettingsProblems problems) {
        int percent = problems.integer(env, EnvVar.MAS101_PAP_PERCENT, PapFeeRule.DEFAULT.percent(), 1, 100);
        int cap = problems.integer(env, EnvVar.MAS101_PAP_CAP_PAISE, (int) PapFeeRule.DEFAULT.capPaise(), 1, 2_000_000_000);
        boolean demo = problems.bool(env, EnvVar.MAS101_PAP_DEMO_AUTOVERIFY, false);
        if (demo && production) {
            problems.add(EnvVar.MAS101_PAP_DEMO_AUTOVERIFY, "must be off in production (it signs every MOU unseen)");
        }
        String body = AgreementTemplate.DEFAULT_BODY;
        Optional<String> path = text(env, EnvVar.MAS101_PAP_TEMPLATE_PATH);
        if (path.isPresent()) {
            try {
                body = Files.readString(Path.of(path.get()), StandardCharsets.UTF_8);
                if (body.isBlank() || body.length() > AgreementTemplate.MAX_BODY) {
                    problems.add(EnvVar.MAS101_PAP_TEMPLATE_PATH, "must name a non-empty text file of at most "
                            + AgreementTemplate.MAX_BODY + " characters");
                    body = AgreementTemplate.DEFAULT_BODY;
                }
            } catch (IOException | RuntimeException e) {
                problems.add(EnvVar.MAS101_PAP_TEMPLATE_PATH, "cannot be read as a UTF-8 text file");
            }
        }
        return new PapSettings(new PapFeeRule(percent, cap), body, demo,
                text(env, EnvVar.LEEGALITY_BASE_URL).or(() -> text(env, EnvVar.LEEGALITY_SANDBOX_BASE_URL)),
                text(env, EnvVar.LEEGALITY_AUTH_TOKEN).or(() -> text(env, EnvVar.LEEGALITY_SANDBOX_AUTH_TOKEN)),
                text(env, EnvVar.LEEGALITY_PRIVATE_SALT),
                text(env, EnvVar.MAS101_LEEGALITY_SANDBOX_CREATE_REQUEST_TEMPLATE));
    }
}
