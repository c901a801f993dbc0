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

    public void deleteByKey(String key) {
        transactions.run(() -> {
            var row = configs.findByKey(key).orElseThrow(ConfigErrors::keyNotFound);
            configs.remove(row.id());
        });
    }
}
