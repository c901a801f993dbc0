package in.mrmentor.external.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the SMTP transport sends. {@link #fromEnvironment} maps the variables of both seeds:
 * seed 000 ran on Gmail with {@code EMAIL_USER}/{@code EMAIL_PASS} only; seed 004 names the server
 * with {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_TLS} and friends.
 *
 * @param host        the SMTP server
 * @param port        587 for STARTTLS, 465 for implicit TLS (SSL), 25 for neither
 * @param username    null when the server takes mail without authentication
 * @param password    null exactly when {@code username} is
 * @param startTls    upgrade the plain connection with STARTTLS and refuse to go on without it, so
 *                    credentials never cross the network in clear; ignored when {@code ssl}
 * @param ssl         connect with TLS from the first byte ({@code smtps}, port 465)
 * @param fromAddress the {@code From} address of every message
 * @param fromName    the display name next to it
 * @param timeout     connect, read and write timeout of one send; a slow server fails the attempt
 *                    and the job retries it later instead of holding a worker
 */
public record SmtpSettings(String host, int port, String username, String password, boolean startTls, boolean ssl,
                           String fromAddress, String fromName, Duration timeout) {
    public static final String GMAIL_HOST = "smtp.gmail.com";
    public static final String DEFAULT_FROM_ADDRESS = "noreply@mrmentor.in";
    public static final String DEFAULT_FROM_NAME = "Mr. Mentor";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(8000);

    public SmtpSettings {
        requireText(host, "host");
        requireText(fromAddress, "from address");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port must be between 1 and 65535, not " + port);
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("set both the SMTP user and password, or neither");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SMTP timeout must be positive");
        }
    }

    /**
     * The settings the environment asks for, or empty when it configures no SMTP server at all (then
     * mail is kept in the outbox). Variables, first one set wins:
     * <ul>
     * <li>host: {@code SMTP_HOST}; when unset but {@code EMAIL_USER} is set, Gmail ({@code smtp.gmail.com}) as the
     *     original ran; with neither, no SMTP</li>
     * <li>port: {@code SMTP_PORT}, default 587 (465 when {@code SMTP_SSL} is true)</li>
     * <li>STARTTLS: {@code SMTP_TLS}, {@code SMTP_USE_TLS}, default true</li>
     * <li>implicit TLS: {@code SMTP_SSL}, {@code SMTP_USE_SSL}, default true only on port 465</li>
     * <li>user: {@code SMTP_USER}, {@code SMTP_USERNAME}, {@code EMAIL_USER}; password: {@code SMTP_PASSWORD},
     *     {@code EMAIL_PASS}</li>
     * <li>from address: {@code EMAIL_FROM}, {@code EMAILS_FROM_EMAIL}, {@code SMTP_FROM_EMAIL}, else the user when
     *     it is an address (Gmail rewrites any other sender to it), else {@value #DEFAULT_FROM_ADDRESS}</li>
     * <li>from name: {@code EMAILS_FROM_NAME}, {@code SMTP_FROM_NAME}, default {@value #DEFAULT_FROM_NAME}</li>
     * <li>timeout: {@code EMAIL_TIMEOUT_MS}, default 8000</li>
     * </ul>
     */
    public static Optional<SmtpSettings> fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String username = first(env, "SMTP_USER", "SMTP_USERNAME", "EMAIL_USER");
        String host = first(env, "SMTP_HOST");
        if (host == null) {
            if (first(env, "EMAIL_USER") == null) {
                return Optional.empty();
            }
            host = GMAIL_HOST;
        }
        String sslText = first(env, "SMTP_SSL", "SMTP_USE_SSL");
        String portText = first(env, "SMTP_PORT");
        int port = portText == null ? (sslText != null && flag(sslText, "SMTP_SSL") ? 465 : 587)
                : parsePort(portText);
        boolean ssl = sslText == null ? port == 465 : flag(sslText, "SMTP_SSL");
        String tlsText = first(env, "SMTP_TLS", "SMTP_USE_TLS");
        boolean startTls = tlsText == null || flag(tlsText, "SMTP_TLS");
        String password = first(env, "SMTP_PASSWORD", "EMAIL_PASS");
        String from = first(env, "EMAIL_FROM", "EMAILS_FROM_EMAIL", "SMTP_FROM_EMAIL");
        if (from == null) {
            from = username != null && username.contains("@") ? username : DEFAULT_FROM_ADDRESS;
        }
        String fromName = Optional.ofNullable(first(env, "EMAILS_FROM_NAME", "SMTP_FROM_NAME")).orElse(DEFAULT_FROM_NAME);
        String timeoutText = first(env, "EMAIL_TIMEOUT_MS");
        Duration timeout = timeoutText == null ? DEFAULT_TIMEOUT : Duration.ofMillis(parseMillis(timeoutText));
        return Optional.of(new SmtpSettings(host, port, username, password, startTls, ssl, from, fromName, timeout));
    }

    private static String first(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static boolean flag(String value, String name) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        };
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SMTP_PORT must be a number, not '" + value + "'");
        }
    }

    private static long parseMillis(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("EMAIL_TIMEOUT_MS must be a number of milliseconds, not '" + value + "'");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("SMTP " + name + " must be set");
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", username=" + username + ", password="
                + (password == null ? "null" : "********") + ", startTls=" + startTls + ", ssl=" + ssl
                + ", fromAddress=" + fromAddress + ", fromName=" + fromName + ", timeout=" + timeout + "]";
    }
}
