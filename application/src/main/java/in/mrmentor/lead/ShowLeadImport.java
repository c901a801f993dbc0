package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.identity.Role;
import in.mrmentor.lead.port.LeadImports;
import in.mrmentor.shared.DomainException;

import java.util.UUID;
import java.util.function.Consumer;

/** {@code GET /api/crm/imports/{id}} and its {@code errors.csv}: for the import's creator and administrators. */
public final class ShowLeadImport {
    private final LeadImports imports;

    public ShowLeadImport(LeadImports imports) {
        this.imports = imports;
    }

    public LeadImport show(Principal caller, UUID id) {
        return imports.find(id)
                .filter(batch -> caller.role().satisfies(Role.ADMIN) || caller.userId().equals(batch.createdBy()))
                .orElseThrow(() -> DomainException.notFound(LeadErrors.IMPORT_NOT_FOUND, "No such import."));
    }

    /** For the operator's command line: any import's report. */
    public LeadImport forOperator(UUID id) {
        return imports.find(id).orElseThrow(() -> DomainException.notFound(LeadErrors.IMPORT_NOT_FOUND, "No such import."));
    }

    /** For the operator's command: the failed rows of any import, in line order. */
    public void errorsOf(UUID id, Consumer<ImportError> sink) {
        imports.forEachError(id, sink);
    }

    /** The failed rows in line order, one at a time. */
    public void errors(Principal caller, UUID id, Consumer<ImportError> sink) {
        show(caller, id);
        imports.forEachError(id, sink);
    }
}
