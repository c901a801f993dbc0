package in.mrmentor.invoice.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which documents have their PDF stored and their mail sent ({@code superadmin.invoice_documents}). */
public interface RenderedDocuments {

    record Rendered(UUID documentId, String key, Instant renderedAt, Instant mailedAt) {
    }

    Optional<Rendered> find(UUID documentId);

    /** Held until the unit of work ends, so one document is rendered and mailed by one worker at a time. */
    Optional<Rendered> lock(UUID documentId);

    /** @return false when the document was already recorded */
    boolean add(UUID documentId, String key, Instant renderedAt);

    void markMailed(UUID documentId, Instant at);

    /** Invoices and credit notes issued before {@code issuedBefore} that have no stored PDF yet, oldest first. */
    List<UUID> unrendered(Instant issuedBefore, int limit);
}
