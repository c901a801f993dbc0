package in.mrmentor.bootstrap.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Variables of the seed's deployments that this service knows but does not read in the given
 * combination. Each is named in a start-up warning instead of being silently ignored, so an operator
 * who carried {@code REDIS_HOST} over from the old stack learns that jobs run on PostgreSQL.
 */
public final class SupersededVariables {
    private static final List<String> SEED_REDIS = List.of("REDIS_HOST", "REDIS_PORT", "REDIS_PASSWORD");
    private static final List<String> DB_PARTS = List.of("DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD", "DB_NAME");
    private static final List<String> PG_PARTS = List.of("PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE");

    private SupersededVariables() {
    }

    /** One warning per ignored group, naming the variables (never their values) and what to set instead. */
    public static List<String> in(Map<String, String> env) {
        List<String> warnings = new ArrayList<>();
        if (!isSet(env, "REDIS_URL")) {
            List<String> redis = setAmong(env, SEED_REDIS);
            if (!redis.isEmpty()) {
                warnings.add(String.join(", ", redis) + " ignored: set REDIS_URL=redis://[:password@]host:port "
                        + "to run jobs on Redis; jobs run on PostgreSQL");
            }
        }
        List<String> db = setAmong(env, DB_PARTS);
        List<String> pg = setAmong(env, PG_PARTS);
        if (isSet(env, "DATABASE_URL")) {
            List<String> shadowed = new ArrayList<>(db);
            shadowed.addAll(pg);
            if (!shadowed.isEmpty()) {
                warnings.add(String.join(", ", shadowed) + " ignored: DATABASE_URL is set and wins");
            }
            return warnings;
        }
        if (!db.isEmpty() && !isSet(env, "DB_HOST")) {
            warnings.add(String.join(", ", db) + " ignored: DB_HOST is unset, so the DB_* variables are not used");
        }
        if (!pg.isEmpty() && !isSet(env, "PGHOST")) {
            warnings.add(String.join(", ", pg) + " ignored: PGHOST is unset, so the PG* variables are not used");
        } else if (!pg.isEmpty() && isSet(env, "DB_HOST")) {
            warnings.add(String.join(", ", pg) + " ignored: DB_HOST is set and wins over PG*");
        }
        return warnings;
    }

    private static List<String> setAmong(Map<String, String> env, List<String> names) {
        return names.stream().filter(name -> isSet(env, name)).toList();
    }

    private static boolean isSet(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
