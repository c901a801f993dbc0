package in.mrmentor.config;

import in.mrmentor.config.port.SecretCipher;
import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;

/** Creates the row for a key, or changes the existing one (seed: {@code SystemConfigService.upsert}). */
public final class UpsertConfig {

    /** {@code secret} and {@code active} are optional: absent keeps an existing row's setting (new rows: not secret, active). */
    public record Command(String key, String value, String label, String description, Boolean secret, Boolean active) {
        public Command {
            var validation = ConfigText.key(new Validation(), key)
                    .require(value != null, "value", "is required");
            ConfigText.check(validation, value, label, description).orThrow();
        }
    }

    private final SystemConfigs configs;
    private final SecretCipher cipher;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public UpsertConfig(SystemConfigs configs, SecretCipher cipher, Transactions transactions, Clock clock, Ids ids) {
        this.configs = configs;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public ConfigEntry upsert(Command command) {
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            var existing = configs.findByKey(command.key());
            if (existing.isEmpty()) {
                boolean secret = Boolean.TRUE.equals(command.secret());
                var row = new SystemConfig(ids.next(), command.key(), stored(command.value(), secret),
                        command.label(), command.description(), secret,
                        command.active() == null || command.active(), now, now);
                configs.add(row);
                return ConfigEntry.of(row);
            }
            var row = existing.get();
            boolean secret = command.secret() == null ? row.secret() : command.secret();
            boolean active = command.active() == null ? row.active() : command.active();
            var changed = row.withChanges(stored(command.value(), secret),
                    command.label() == null ? row.label() : command.label(),
                    command.description() == null ? row.description() : command.description(),
                    secret, active, now);
            configs.replace(changed);
            return ConfigEntry.of(changed);
        });
    }

    private String stored(String value, boolean secret) {
        return secret ? cipher.seal(value) : value;
    }
}
