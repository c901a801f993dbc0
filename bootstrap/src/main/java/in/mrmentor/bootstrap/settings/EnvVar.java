package in.mrmentor.bootstrap.settings;

/**
 * Every environment variable the service reads, in one place: the README's configuration table is
 * checked against this list by a test, so the documentation cannot drift from the code.
 */
public enum EnvVar {
    APP_ENV("development", false, false, "`production` turns on the production guards (`NODE_ENV=production` does too)."),
    NODE_ENV("", false, false, "Seed compatibility: `production` has the same effect as `APP_ENV=production`."),
    PORT("8000", false, false, "HTTP listen port."),
    HOST("0.0.0.0", false, false, "HTTP bind address."),
    MAS_DATA_DIR("./.mas-data", false, false, "Directory for the embedded PostgreSQL, generated development secrets and local blobs."),
    MAS_EMBEDDED_PG_USER("nobody", false, false, "Account that runs the embedded PostgreSQL when the process is root (PostgreSQL refuses to run as root)."),
    MAS_EMBEDDED_PG_CACHE("<tmpdir>/mas-embedded-postgres", false, false, "Where the embedded PostgreSQL binaries are extracted once."),
    DATABASE_URL("", true, true, "`postgres://user:pass@host:5432/db` (or `postgresql://`, or a `jdbc:postgresql://` URL). Wins over `DB_*` and `PG*`. Unset with no `DB_HOST`/`PGHOST`: the embedded PostgreSQL."),
    DB_HOST("", false, false, "PostgreSQL host, when `DATABASE_URL` is unset."),
    DB_PORT("5432", false, false, "PostgreSQL port for `DB_HOST`."),
    DB_USERNAME("", false, false, "PostgreSQL user for `DB_HOST`."),
    DB_PASSWORD("", false, true, "PostgreSQL password for `DB_HOST`."),
    DB_NAME("mas", false, false, "Database name for `DB_HOST`."),
    PGHOST("", false, false, "PostgreSQL host, when neither `DATABASE_URL` nor `DB_HOST` is set."),
    PGPORT("5432", false, false, "PostgreSQL port for `PGHOST`."),
    PGUSER("", false, false, "PostgreSQL user for `PGHOST`."),
    PGPASSWORD("", false, true, "PostgreSQL password for `PGHOST`."),
    PGDATABASE("mas", false, false, "Database name for `PGHOST`."),
    DB_POOL_SIZE("10", false, false, "Maximum connections in the pool."),
    MIGRATE_ON_START("true", false, false, "`serve` applies pending migrations at start unless `false`."),
    JWT_SECRET("generated in development", true, true, "HS256 key for access tokens, at least 32 bytes. In development it is generated once and kept in `MAS_DATA_DIR`."),
    PLATFORM_ENCRYPTION_KEY("generated in development", false, true, "Key (>= 16 chars) for secret `system_configs` rows (AES-GCM). Production refuses to start without it when a stored secret needs it."),
    CORS_ALLOWED_ORIGINS("http://localhost:3000", false, false, "Allowed browser origins: a JSON array or a comma-separated list. `*` is refused in production."),
    METRICS_TOKEN("", false, true, "Bearer token that may read `/metrics` besides ADMIN users."),
    MAS_DEBUG("", false, false, "Set to anything to make the CLI print stack traces of unexpected failures."),
    LOG_FORMAT("text", false, false, "`text` (human-readable) or `json` (one JSON object per line)."),
    SHUTDOWN_TIMEOUT_SECONDS("20", false, false, "How long in-flight requests and running jobs may take to finish on SIGTERM; the whole stop takes at most this plus 6 s."),
    ACCESS_TOKEN_EXPIRE_MINUTES("15", false, false, "Lifetime of access tokens."),
    REFRESH_TOKEN_EXPIRE_DAYS("7", false, false, "Lifetime of refresh tokens."),
    AUTH_LOGIN_MAX_ATTEMPTS("5", false, false, "Failed logins per email within the window before 429."),
    AUTH_LOGIN_WINDOW_SECONDS("900", false, false, "Window for counting failed logins."),
    AUTH_IP_MAX_PER_MINUTE("30", false, false, "Signup, login, Google sign-in, OTP request/verify, password forgot/reset and master-login requests per client address and minute, counted across all processes; one more is 429 `RATE_LIMITED`."),
    TRUSTED_PROXIES("", false, false, "Comma-separated CIDRs (`10.0.0.0/8,::1`) of proxies whose `X-Forwarded-For` names the client. Unset: the peer address is the client."),
    ADMIN_EMAIL("", false, false, "Bootstrap SUPERADMIN created at first start if absent."),
    ADMIN_PASSWORD("", false, true, "Password of the bootstrap SUPERADMIN; known defaults are refused in production."),
    MASTER_PASSWORD("", false, true, "Emergency master password (with `MASTER_TOTP_SECRET`); empty disables master login."),
    MASTER_TOTP_SECRET("", false, true, "Base32 TOTP secret for master login."),
    GOOGLE_CLIENT_ID("", false, false, "OAuth client id of Google sign-in (`POST /api/auth/google`); ID tokens must name it as `aud`. Unset: that route answers 503 `INTEGRATION_NOT_CONFIGURED`."),
    GOOGLE_CLIENT_SECRET("", false, true, "OAuth client secret, needed to trade an authorization code (the `code` flow; unset: that flow answers 503)."),
    GOOGLE_REDIRECT_URI("", false, false, "The frontend's Google callback URL; a `code` must come with exactly this `redirectUri` (else 400)."),
    GOOGLE_TOKEN_URI("https://oauth2.googleapis.com/token", false, false, "Google's token endpoint (tests point it at a stub; `https` in production)."),
    GOOGLE_JWKS_URI("https://www.googleapis.com/oauth2/v3/certs", false, false, "Google's signing keys (JWKS), cached and fetched again when a token names an unknown `kid` (tests point it at a stub; `https` in production)."),
    AUTH_FORGOT_PASSWORD_MAX_ATTEMPTS("3", false, false, "Password reset mails per e-mail address within the window; past it `POST /api/auth/password/forgot` still answers 202 but sends nothing."),
    AUTH_FORGOT_PASSWORD_WINDOW_SECONDS("900", false, false, "Sliding window for counting password reset mails (at most a day)."),
    AUTH_RESET_PASSWORD_MAX_ATTEMPTS("5", false, false, "Wrong reset codes per e-mail address within the window before `POST /api/auth/password/reset` answers 429 `TOO_MANY_ATTEMPTS`, even for the right code."),
    AUTH_RESET_PASSWORD_WINDOW_SECONDS("900", false, false, "Sliding window for counting wrong reset codes (at most a day)."),
    REDIS_URL("", false, true, "`redis://[:password@]host:6379[/db]` (or `rediss://`): background jobs run on Redis Streams. Unset: on PostgreSQL (`FOR UPDATE SKIP LOCKED`)."),
    JOB_VISIBILITY_TIMEOUT_SECONDS("300", false, false, "A job whose worker has not acknowledged it within this time is delivered again; keep it above the slowest handler."),
    CLEANUP_INTERVAL_MINUTES("1440", false, false, "How often the recurring `cleanup` job runs (once per interval across all processes): expired unbooked slots removed, unfinished confirmed ones sent to review, stale refresh-token families, old login attempts, expired one-time codes."),
    KPI_INTERVAL_MINUTES("15", false, false, "How often the recurring `kpi` job takes the dashboard snapshot (users per role, mail per status) published as `mas_kpi_*` metrics."),
    S3_BUCKET("", false, false, "Bucket for recordings, documents and invoices; setting it (or `AWS_S3_BUCKET_NAME`) switches blob storage to S3. Unset: files under `MAS_DATA_DIR/blobs`."),
    AWS_S3_BUCKET_NAME("", false, false, "Seed name for `S3_BUCKET` (used when `S3_BUCKET` is unset)."),
    AWS_REGION("us-east-1", false, false, "S3 region (`S3_REGION` and `AWS_DEFAULT_REGION` are read too; `auto` for R2)."),
    S3_REGION("", false, false, "S3 region when `AWS_REGION` is unset."),
    AWS_DEFAULT_REGION("", false, false, "S3 region when neither `AWS_REGION` nor `S3_REGION` is set."),
    AWS_ACCESS_KEY_ID("", false, true, "S3 access key (`S3_ACCESS_KEY_ID` is read too). Unset with the secret unset: the default AWS credential chain."),
    S3_ACCESS_KEY_ID("", false, true, "S3 access key when `AWS_ACCESS_KEY_ID` is unset."),
    AWS_SECRET_ACCESS_KEY("", false, true, "S3 secret key (`S3_SECRET_ACCESS_KEY` is read too)."),
    S3_SECRET_ACCESS_KEY("", false, true, "S3 secret key when `AWS_SECRET_ACCESS_KEY` is unset."),
    S3_ENDPOINT_URL("", false, false, "S3-compatible endpoint (MinIO, R2, ...); `AWS_ENDPOINT_URL` is read too."),
    AWS_ENDPOINT_URL("", false, false, "S3 endpoint when `S3_ENDPOINT_URL` is unset."),
    S3_URL_STYLE("virtual", false, false, "`virtual` (bucket.host/key) or `path` (host/bucket/key); `AWS_S3_URL_STYLE` is read too."),
    AWS_S3_URL_STYLE("", false, false, "URL style when `S3_URL_STYLE` is unset."),
    SMTP_HOST("", false, false, "SMTP server. Unset with `EMAIL_USER` set: Gmail (`smtp.gmail.com`), as the seed ran. Neither: mail is kept in the outbox (`/api/admin/outbox`), never dropped."),
    SMTP_PORT("587", false, false, "SMTP port (465 when `SMTP_SSL` is on)."),
    SMTP_TLS("true", false, false, "Require STARTTLS (`SMTP_USE_TLS` is read too)."),
    SMTP_USE_TLS("", false, false, "Seed 004 name for `SMTP_TLS`."),
    SMTP_SSL("on for port 465", false, false, "Implicit TLS (`SMTP_USE_SSL` is read too)."),
    SMTP_USE_SSL("", false, false, "Alias of `SMTP_SSL`."),
    SMTP_USER("", false, false, "SMTP user (`SMTP_USERNAME` and the seed's `EMAIL_USER` are read too)."),
    SMTP_USERNAME("", false, false, "Alias of `SMTP_USER`."),
    EMAIL_USER("", false, false, "Seed name of the SMTP (Gmail) user."),
    SMTP_PASSWORD("", false, true, "SMTP password (the seed's `EMAIL_PASS` is read too)."),
    EMAIL_PASS("", false, true, "Seed name of the SMTP (Gmail app) password."),
    EMAIL_FROM("noreply@mrmentor.in", false, false, "From address (`EMAILS_FROM_EMAIL`, `SMTP_FROM_EMAIL` are read too; else the SMTP user when it is an address)."),
    EMAILS_FROM_EMAIL("", false, false, "Alias of `EMAIL_FROM`."),
    SMTP_FROM_EMAIL("", false, false, "Alias of `EMAIL_FROM`."),
    EMAILS_FROM_NAME("Mr. Mentor", false, false, "From display name (`SMTP_FROM_NAME` is read too)."),
    SMTP_FROM_NAME("", false, false, "Alias of `EMAILS_FROM_NAME`."),
    EMAIL_TIMEOUT_MS("8000", false, false, "SMTP connect/read/write timeout. A failed send is retried by its job with backoff, then kept as dead for `mas queues retry-dead email`."),
    TOKEN_VALUE("350", false, false, "Price of one token in rupees (purchases are charged quantity x this, in paise)."),
    STARTER_BUNDLE_MOCK("1", false, false, "Promotional (mock-interview) tokens a student gets at sign-up while `ENABLE_STARTER_BUNDLE` is on."),
    STARTER_BUNDLE_RESUME("1", false, false, "Resume-review tokens a student gets at sign-up while `ENABLE_STARTER_BUNDLE` is on."),
    RAZORPAY_KEY_ID("", false, false, "Razorpay key id; unset: token purchases answer 503 `INTEGRATION_NOT_CONFIGURED`."),
    RAZORPAY_KEY_SECRET("", false, true, "Razorpay key secret (Orders API auth, checkout signatures); required with `RAZORPAY_KEY_ID`."),
    RAZORPAY_WEBHOOK_SECRET("", false, true, "Secret of the Razorpay webhook (`X-Razorpay-Signature`); unset: the webhook answers 503."),
    RAZORPAY_API_URL("https://api.razorpay.com", false, false, "Base URL of the Razorpay API (tests point it at a stub)."),
    MR_HIRE_BACKEND_URL("", false, false, "Base URL of the Mr. Hire backend: `POST /api/admin/system-config/refresh-mr-hire` posts the enabled call providers to its `/api/internal/call-providers/refresh` (a retried job). Unset, or no `INTERNAL_SERVICE_TOKEN`: that route answers 503."),
    INTERNAL_SERVICE_TOKEN("", false, true, "Sent as `X-Internal-Service-Token` to the Mr. Hire backend; at least 16 characters and no known default in production."),
    MEETING_JOIN_BUFFER_MINUTES("5", false, false, "Minutes before a meeting's start from which its student and mentor may join."),
    ALLOW_EARLY_MEETING_JOIN("off", false, false, "`on`: a confirmed meeting may be joined any time before its end (the seed ran `true` in development)."),
    LIVEKIT_WEBHOOK_SECRET("", false, true, "Signs meeting-provider events (`POST /api/meetings/events`, hex HMAC-SHA256 of the body in `X-Meeting-Signature`); a `meeting_ended` event completes the slot. Unset: that route answers 503."),
    MAX_RECORDING_MB("2048", false, false, "Largest meeting recording `POST /api/slots/{id}/recordings` accepts; it is streamed to the blob store, never held in memory."),
    MAX_SLOT_REQUESTS("5", false, false, "Open slot requests a student may have at once; one more is 409 `TOO_MANY_REQUESTS`."),
    MEETING_URL_BASE("https://meet.jit.si/mrmentor-", false, false, "Join URLs are this followed by the slot id."),
    MAX_FREE_MEETINGS_PER_STUDENT("", false, false, "Confirmed or completed free meetings (mentor token cost 0) a student may hold; one more booking is 409 `FREE_MEETING_LIMIT`. Unset: no cap."),
    BUSINESS_TIME_ZONE("Asia/Kolkata", false, false, "Time zone of every calendar notion (days of the profile-view analytics, later financial years and months)."),
    MEETING_ACTION_URL_BASE("http://localhost:8000/api/meeting-actions/", false, false, "One-time links in meeting mails are this followed by the secret; point it at the public address (`POST` redeems)."),
    ENABLE_TOKEN_REQUEST_FLOW("on", false, false, "Kill switch. `false/0/no/off` (any case) turn it off; `true/1/yes/on` or unset on; anything else refuses to start."),
    ENABLE_RESUME_REVIEW_SPEND("on", false, false, "Kill switch (same parsing)."),
    ENABLE_STARTER_BUNDLE("on", false, false, "Kill switch (same parsing)."),
    ENABLE_GRANT_AUDIT("on", false, false, "Kill switch (same parsing)."),
    ENABLE_APPLICATION_MEETINGS("on", false, false, "Kill switch (same parsing)."),
    ENABLE_SEEDING("off", false, false, "Seed demo data at start (same parsing, default off).");

    private final String defaultValue;
    private final boolean requiredInProduction;
    private final boolean secret;
    private final String description;

    EnvVar(String defaultValue, boolean requiredInProduction, boolean secret, String description) {
        this.defaultValue = defaultValue;
        this.requiredInProduction = requiredInProduction;
        this.secret = secret;
        this.description = description;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public boolean requiredInProduction() {
        return requiredInProduction;
    }

    public boolean secret() {
        return secret;
    }

    public String description() {
        return description;
    }
}
