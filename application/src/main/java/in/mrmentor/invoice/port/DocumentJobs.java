package in.mrmentor.invoice.port;

import java.util.UUID;

/**
 * Hands the rendering (and mailing) of an issued document to the background, inside the issuing
 * transaction: invoicing's narrow view of the platform's job queue. Asking twice for one document
 * while its job waits is one job.
 */
public interface DocumentJobs {

    /** @param documentId an invoice's or a credit note's id */
    void renderAndMail(UUID documentId);
}
