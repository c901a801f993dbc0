package in.mrmentor.bootstrap.platform;

import in.mrmentor.bootstrap.Settings;
import in.mrmentor.bootstrap.settings.DatabaseTarget;
import in.mrmentor.config.FeatureFlag;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The one block a starting server prints: what it runs on and what it does not do, so an operator
 * reads in one place that mail stays in the outbox or that payments answer 503. Hosts are shown, never
 * user names or passwords.
 */
public final class StartupSummary {

    private StartupSummary() {
    }

    public static String describe(Settings settings, OptionalInt embeddedPort, int httpPort) {
        List<String> lines = new ArrayList<>();
        lines.add("MAS is serving on port " + httpPort + " (" + (settings.production() ? "production" : "development")
                + " mode)");
        lines.add("  database:     " + database(settings, embeddedPort));
        lines.add("  job queue:    " + settings.platform().redisUrl().map(url -> "Redis Streams at " + host(url.value()))
                .orElse("PostgreSQL (REDIS_URL unset)"));
        lines.add("  blob store:   " + settings.platform().s3().map(s3 -> "S3 bucket " + s3.bucket()
                        + (s3.endpoint() == null ? "" : " at " + s3.endpoint().getHost()))
                .orElse("filesystem under " + settings.dataDirectory().resolve("blobs") + " (S3_BUCKET unset)"));
        lines.add("  mail:         " + settings.platform().smtp().map(smtp -> "SMTP " + smtp.host() + ":" + smtp.port())
                .orElse("kept in the outbox, read with `mas outbox list` (SMTP_HOST unset)"));
        List<String> configured = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        (settings.tokens().razorpay().isPresent() ? configured : unavailable).add("payments (RAZORPAY_KEY_ID)");
        (settings.tokens().razorpay().flatMap(r -> r.webhookSecret()).isPresent() ? configured : unavailable)
                .add("payment webhook (RAZORPAY_WEBHOOK_SECRET)");
        (settings.slots().meetingWebhookSecret().isPresent() ? configured : unavailable)
                .add("meeting events (LIVEKIT_WEBHOOK_SECRET)");
        (settings.identity().google().isPresent() ? configured : unavailable).add("Google sign-in (GOOGLE_CLIENT_ID)");
        (settings.hiring().webhookSecret().isPresent() ? configured : unavailable)
                .add("voice-interview events (MR_HIRE_WEBHOOK_SECRET)");
        if (settings.mrHire().isPresent()) {
            configured.add("Mr. Hire backend (MR_HIRE_BACKEND_URL)");
        }
        if (settings.hiring().llm().isPresent()) {
            configured.add("resume analysis by LLM (LLM_API_KEY)");
        }
        if (settings.pap().demoAutoVerify()) {
            configured.add("e-signing: demo, signed at once (MAS101_PAP_DEMO_AUTOVERIFY)");
        } else if (settings.pap().leegalityBaseUrl().isPresent()) {
            configured.add("e-signing (LEEGALITY_BASE_URL)");
        } else {
            // The encrypted system_configs rows may still supply Leegality at the first call.
            unavailable.add("e-signing unless its system_configs rows are set (LEEGALITY_BASE_URL)");
        }
        lines.add("  integrations: " + (configured.isEmpty() ? "none configured" : String.join(", ", configured)));
        if (!unavailable.isEmpty()) {
            lines.add("  answer 503:   " + String.join(", ", unavailable));
        }
        List<String> off = new ArrayList<>();
        for (FeatureFlag flag : FeatureFlag.values()) {
            if (flag.isKillSwitch() && !settings.flags().isOn(flag)) {
                off.add(flag.variable());
            }
        }
        lines.add("  switched off: " + (off.isEmpty() ? "nothing (every kill switch is on)" : String.join(", ", off)));
        lines.add("  API page:     http://" + displayHost(settings.host()) + ":" + httpPort + "/docs");
        return String.join(System.lineSeparator(), lines);
    }

    private static String database(Settings settings, OptionalInt embeddedPort) {
        if (settings.database() instanceof DatabaseTarget.External external) {
            return "external PostgreSQL at " + host(external.jdbcUrl().replaceFirst("^jdbc:", "")) + " (from "
                    + external.source() + ")";
        }
        if (embeddedPort.isPresent()) {
            int port = embeddedPort.getAsInt();
            return "embedded PostgreSQL on 127.0.0.1:" + port + " (data in " + settings.dataDirectory() + "); psql: "
                    + "PGPASSWORD=$(cat " + settings.dataDirectory().resolve("postgres.password")
                    + ") psql -h 127.0.0.1 -p " + port + " -U postgres mas";
        }
        return "embedded PostgreSQL";
    }

    /** host[:port] of a URL, without its user info, path or query. */
    static String host(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                return "(unparsed address)";
            }
            return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return "(unparsed address)";
        }
    }

    private static String displayHost(String bindHost) {
        return bindHost.equals("0.0.0.0") || bindHost.equals("::") ? "localhost" : bindHost.toLowerCase(Locale.ROOT);
    }
}
