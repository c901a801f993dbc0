package in.mrmentor.config.port;

import in.mrmentor.config.SystemConfig;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TextKey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code system_configs} rows. Keys are unique; lookups by key are exact. */
public interface SystemConfigs {

    Optional<SystemConfig> findByKey(String key);

    Optional<SystemConfig> findById(UUID id);

    /** Every row, ordered by key. */
    List<SystemConfig> all();

    /** A page of the rows, ordered by key (unique, so the id never decides). */
    List<SystemConfig> page(PageRequest<TextKey> page);

    /** Inserts a new row; a row with the same key already present is a {@code CONFIG_KEY_TAKEN} conflict. */
    void add(SystemConfig config);

    /** Replaces the row with the same id; returns false when there is none. */
    boolean replace(SystemConfig config);

    /** Deletes the row; returns false when there was none. */
    boolean remove(UUID id);
}
