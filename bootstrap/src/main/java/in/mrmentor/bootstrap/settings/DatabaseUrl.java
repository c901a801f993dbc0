package in.mrmentor.bootstrap.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the database from the environment: {@code DATABASE_URL} wins, then {@code DB_*}, then
 * the libpq-style {@code PG*}; with none of them the embedded PostgreSQL is used.
 */
public final class DatabaseUrl {

    private DatabaseUrl() {
    }

    public static DatabaseTarget resolve(Map<String, String> env, SettingsProblems problems) {
        String url = value(env, EnvVar.DATABASE_URL);
        if (url != null) {
            return parse(url, problems);
        }
        String dbHost = value(env, EnvVar.DB_HOST);
        if (dbHost != null) {
            return fromParts(env, problems, dbHost, EnvVar.DB_PORT, EnvVar.DB_NAME, EnvVar.DB_USERNAME, EnvVar.DB_PASSWORD, "DB_*");
        }
        String pgHost = value(env, EnvVar.PGHOST);
        if (pgHost != null) {
            return fromParts(env, problems, pgHost, EnvVar.PGPORT, EnvVar.PGDATABASE, EnvVar.PGUSER, EnvVar.PGPASSWORD, "PG*");
        }
        return new DatabaseTarget.Embedded();
    }

    private static DatabaseTarget fromParts(Map<String, String> env, SettingsProblems problems, String host, EnvVar portVar,
                                            EnvVar nameVar, EnvVar userVar, EnvVar passwordVar, String source) {
        int port = problems.integer(env, portVar, 5432, 1, 65_535);
        String name = Optional.ofNullable(value(env, nameVar)).orElse("mas");
        String user = value(env, userVar);
        String password = Optional.ofNullable(value(env, passwordVar)).orElse("");
        return new DatabaseTarget.External("jdbc:postgresql://" + hostPart(host) + ":" + port + "/" + name,
                user, new Secret(password), source);
    }

    private static DatabaseTarget parse(String url, SettingsProblems problems) {
        if (url.startsWith("jdbc:postgresql://")) {
            return new DatabaseTarget.External(url, null, new Secret(""), "DATABASE_URL");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (!"postgres".equals(scheme) && !"postgresql".equals(scheme)) {
                problems.add(EnvVar.DATABASE_URL, "must start with postgres://, postgresql:// or jdbc:postgresql://");
                return new DatabaseTarget.Embedded();
            }
            if (uri.getHost() == null) {
                problems.add(EnvVar.DATABASE_URL, "has no host");
                return new DatabaseTarget.Embedded();
            }
            String user = null;
            String password = "";
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                password = parts.length > 1 ? decode(parts[1]) : "";
            }
            String path = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "/mas" : uri.getRawPath();
            int port = uri.getPort() == -1 ? 5432 : uri.getPort();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new DatabaseTarget.External("jdbc:postgresql://" + hostPart(uri.getHost()) + ":" + port + path + query,
                    user, new Secret(password), "DATABASE_URL");
        } catch (URISyntaxException | IllegalArgumentException e) {
            problems.add(EnvVar.DATABASE_URL, "is not a valid URL");
            return new DatabaseTarget.Embedded();
        }
    }

    private static String hostPart(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static String value(Map<String, String> env, EnvVar var) {
        String value = env.get(var.name());
        return value == null || value.isBlank() ? null : value.trim();
    }
}
