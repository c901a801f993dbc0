package in.mrmentor.config;

import in.mrmentor.config.port.SecretCipher;
import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/** Changes a row by id; every field is optional and an absent one keeps its value. */
public final class UpdateConfig {

    public record Command(String value, String label, String description, Boolean secret, Boolean active) {
        public Command {
            ConfigText.check(new Validation(), value, label, description).orThrow();
        }
    }

    private final SystemConfigs configs;
    private final SecretCipher cipher;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateConfig(SystemConfigs configs, SecretCipher cipher, Transactions transactions, Clock clock) {
        this.configs = configs;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ConfigEntry update(UUID id, Command command) {
        return transactions.inTransaction(() -> {
            var row = configs.findById(id).orElseThrow(ConfigErrors::idNotFound);
            boolean secret = command.secret() == null ? row.secret() : command.secret();
            String plain = command.value() != null ? command.value()
                    : row.secret() ? cipher.open(row.storedValue()) : row.storedValue();
            var changed = row.withChanges(secret ? cipher.seal(plain) : plain,
                    command.label() == null ? row.label() : command.label(),
                    command.description() == null ? row.description() : command.description(),
                    secret, command.active() == null ? row.active() : command.active(), clock.instant());
            configs.replace(changed);
            return ConfigEntry.of(changed);
        });
    }
}
