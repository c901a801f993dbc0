package in.mrmentor.config;

import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.shared.port.Transactions;

import java.util.UUID;

/** Hard-deletes a row (deactivating it is the soft alternative). */
public final class DeleteConfig {
    private final SystemConfigs configs;
    private final Transactions transactions;

    public DeleteConfig(SystemConfigs configs, Transactions transactions) {
        this.configs = configs;
        this.transactions = transactions;
    }

    public void delete(UUID id) {
        transactions.run(() -> {
            if (!configs.remove(id)) {
                throw ConfigErrors.idNotFound();
            }
        });
    }

    /** @throws in.mrmentor.shared.DomainException {@code VALIDATION_FAILED} for a malformed key, {@code CONFIG_NOT_FOUND} */
    public void deleteByKey(String key) {
        ConfigText.requireValidKey(key);
        transactions.run(() -> {
            var row = configs.findByKey(key).orElseThrow(ConfigErrors::keyNotFound);
            configs.remove(row.id());
        });
    }
}
