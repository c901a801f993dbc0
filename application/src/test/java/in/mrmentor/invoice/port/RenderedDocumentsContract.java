package in.mrmentor.invoice.port;

import in.mrmentor.invoice.Invoice;
import in.mrmentor.invoice.port.RenderedDocuments.Rendered;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static in.mrmentor.invoice.InvoiceTestData.MAHARASHTRA;
import static in.mrmentor.invoice.InvoiceTestData.buyerIn;
import static in.mrmentor.invoice.InvoiceTestData.creditNoteOn;
import static in.mrmentor.invoice.InvoiceTestData.issuedInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every adapter of {@link RenderedDocuments} must do: one stored PDF per invoice or credit note,
 * its mail marked by one worker, and the documents still waiting for a PDF listed oldest first.
 */
public abstract class RenderedDocumentsContract {
    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final String KEY = "tax-invoices/2026-27/MAS101/2627/0001.pdf";

    protected Invoices invoices;
    protected RenderedDocuments documents;
    protected Transactions transactions;

    /** Where the documents are issued: the adapter under test must see what is issued here. */
    protected abstract Invoices newInvoices();

    protected abstract RenderedDocuments newDocuments(Invoices invoices);

    protected abstract Transactions transactionsFor(RenderedDocuments documents);

    @BeforeEach
    void freshDocuments() {
        invoices = newInvoices();
        documents = newDocuments(invoices);
        transactions = transactionsFor(documents);
    }

    private Invoice issued(UUID id, long sequence, Instant at) {
        var invoice = issuedInvoice(id, sequence, at, null, buyerIn(MAHARASHTRA));
        invoices.add(invoice);
        return invoice;
    }

    private Invoice issued(long sequence, Instant at) {
        return issued(UUID.randomUUID(), sequence, at);
    }

    @Test
    void aStoredPdfIsFoundAndLockedWithItsKeyAndNoMailYet() {
        UUID invoice = issued(1, T0).id();
        assertThat(documents.find(invoice)).isEmpty();

        assertThat(documents.add(invoice, KEY, T0.plusSeconds(5))).isTrue();

        var rendered = new Rendered(invoice, KEY, T0.plusSeconds(5), null);
        assertThat(documents.find(invoice)).contains(rendered);
        assertThat(transactions.inTransaction(() -> documents.lock(invoice))).contains(rendered);
        assertThat(transactions.inTransaction(() -> documents.lock(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aDocumentIsRecordedOnceAndKeepsItsFirstKeyAndTime() {
        UUID invoice = issued(1, T0).id();
        documents.add(invoice, KEY, T0.plusSeconds(5));

        assertThat(documents.add(invoice, "tax-invoices/elsewhere.pdf", T0.plusSeconds(9))).isFalse();

        assertThat(documents.find(invoice)).contains(new Rendered(invoice, KEY, T0.plusSeconds(5), null));
    }

    @Test
    void theMailIsMarkedOnTheRecordedDocumentOnly() {
        UUID invoice = issued(1, T0).id();
        UUID neverRendered = issued(2, T0).id();
        documents.add(invoice, KEY, T0.plusSeconds(5));

        documents.markMailed(invoice, T0.plusSeconds(60));
        documents.markMailed(neverRendered, T0.plusSeconds(60));

        assertThat(documents.find(invoice)).contains(new Rendered(invoice, KEY, T0.plusSeconds(5), T0.plusSeconds(60)));
        assertThat(documents.find(neverRendered)).isEmpty();
    }

    /** A job that fails after storing or mailing is delivered again, and must then find the step undone. */
    @Test
    void aFailedUnitOfWorkLeavesNeitherTheRecordNorTheMailMark() {
        UUID stored = issued(1, T0).id();
        UUID rendering = issued(2, T0).id();
        documents.add(stored, KEY, T0.plusSeconds(5));

        assertThatThrownBy(() -> transactions.run(() -> {
            documents.add(rendering, "tax-invoices/2026-27/MAS101/2627/0002.pdf", T0.plusSeconds(5));
            documents.markMailed(stored, T0.plusSeconds(60));
            throw new IllegalStateException("the mailer is down");
        })).hasMessage("the mailer is down");

        assertThat(documents.find(rendering)).isEmpty();
        assertThat(documents.find(stored)).map(Rendered::mailedAt).isEmpty();
    }

    @Test
    void workersRacingOnOneDocumentMailItOnce() throws Exception {
        UUID invoice = issued(1, T0).id();
        documents.add(invoice, KEY, T0.plusSeconds(5));
        int workers = 8;
        AtomicInteger mails = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    transactions.run(() -> {
                        if (documents.lock(invoice).orElseThrow().mailedAt() == null) {
                            mails.incrementAndGet();
                            sendingTakesAWhile();
                            documents.markMailed(invoice, T0.plusSeconds(60));
                        }
                    });
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : done) {
                worker.get();
            }

            assertThat(mails).hasValue(1);
            assertThat(documents.find(invoice)).map(Rendered::mailedAt).contains(T0.plusSeconds(60));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Long enough for every other worker to read the document meanwhile, were it not locked. */
    private static void sendingTakesAWhile() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void invoicesAndCreditNotesWithoutAPdfAreWaitingOldestFirst() {
        var first = issued(1, T0);
        var note = creditNoteOn(first, UUID.randomUUID(), 1, T0.plusSeconds(30));
        invoices.addCreditNote(note);
        var second = issued(2, T0.plusSeconds(60));
        var third = issued(3, T0.plusSeconds(90));
        documents.add(second.id(), KEY, T0.plusSeconds(65));

        assertThat(documents.unrendered(T0.plusSeconds(600), 10)).containsExactly(first.id(), note.id(), third.id());

        documents.add(note.id(), "tax-invoices/2026-27/CN/2627/0001.pdf", T0.plusSeconds(700));

        assertThat(documents.unrendered(T0.plusSeconds(600), 10)).containsExactly(first.id(), third.id());
    }

    /** The sweep leaves the last minutes to the jobs still in flight, and takes a batch at a time. */
    @Test
    void onlyDocumentsIssuedBeforeTheCutOffAreWaitingUpToTheLimit() {
        var first = issued(1, T0);
        var second = issued(2, T0.plusSeconds(60));
        issued(3, T0.plusSeconds(120));

        assertThat(documents.unrendered(T0, 10)).isEmpty();
        assertThat(documents.unrendered(T0.plusSeconds(120), 10)).containsExactly(first.id(), second.id());
        assertThat(documents.unrendered(T0.plusSeconds(600), 1)).containsExactly(first.id());
    }

    /** Ids compare as PostgreSQL compares uuids, bytes unsigned: 00... before 80..., where Java's UUID order is the reverse. */
    @Test
    void documentsIssuedAtOneInstantWaitInTheOrderOfTheirIds() {
        var high = issued(UUID.fromString("80000000-0000-4000-8000-000000000000"), 1, T0);
        var low = issued(UUID.fromString("00000000-0000-4000-8000-000000000000"), 2, T0);

        assertThat(documents.unrendered(T0.plusSeconds(1), 10)).containsExactly(low.id(), high.id());
    }
}
