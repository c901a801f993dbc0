package in.mrmentor.lead.port;

import in.mrmentor.lead.ImportError;
import in.mrmentor.lead.LeadImport;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Import batches with their row report and failed rows. */
public interface LeadImports {

    void add(LeadImport batch);

    Optional<LeadImport> find(UUID id);

    Optional<LeadImport> lock(UUID id);

    void replace(LeadImport batch);

    void addErrors(List<ImportError> errors);

    /** Every failed row of the import in line order, handed over one at a time (never all in memory). */
    void forEachError(UUID importId, Consumer<ImportError> sink);
}
