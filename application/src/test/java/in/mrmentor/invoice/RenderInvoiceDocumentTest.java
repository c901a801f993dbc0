package in.mrmentor.invoice;

import in.mrmentor.invoice.port.memory.InMemoryDocumentStore;
import in.mrmentor.invoice.port.memory.InMemoryRenderedDocuments;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.shared.port.Ids;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static in.mrmentor.invoice.InvoiceTestData.MAHARASHTRA;
import static in.mrmentor.invoice.InvoiceTestData.buyerIn;
import static in.mrmentor.invoice.InvoiceTestData.issue;
import static in.mrmentor.invoice.InvoiceTestData.line;
import static org.assertj.core.api.Assertions.assertThat;

class RenderInvoiceDocumentTest {
    private final InvoiceKit kit = new InvoiceKit();
    private final InMemoryRenderedDocuments rendered = kit.tx.enlist(new InMemoryRenderedDocuments(kit.invoices));
    private final InMemoryDocumentStore store = new InMemoryDocumentStore();
    private final List<OutgoingEmail> mails = new ArrayList<>();
    private final AtomicInteger renders = new AtomicInteger();
    private final DocumentTerms terms = new DocumentTerms(new DocumentTerms.Bank(null, null, null, null, null), List.of(),
            "tax-invoices", "finance@example.in", "admin@example.in");
    private final RenderInvoiceDocument documents = new RenderInvoiceDocument(kit.invoices, kit.states, rendered, store,
            printable -> {
                renders.incrementAndGet();
                return (printable.kind().title() + " " + printable.number() + " " + printable.amountInWords())
                        .getBytes(StandardCharsets.UTF_8);
            },
            mails::add, kit.audit, InvoiceTestData.terms(), terms, kit.tx, InvoiceTestData.CLOCK, Ids.random());

    @Test
    void theJobStoresThePdfUnderTheYearAndNumberAndMailsOnceHoweverOftenItRuns() {
        var invoice = kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false, line(100_000)));

        documents.renderAndMail(invoice.id());
        documents.renderAndMail(invoice.id());

        assertThat(store.all()).containsOnlyKeys("tax-invoices/2026-27/MAS101/2627/0001.pdf");
        assertThat(new String(store.all().values().iterator().next(), StandardCharsets.UTF_8))
                .contains("Tax Invoice MAS101/2627/0001 Rupees One Thousand One Hundred Eighty Only");
        assertThat(renders).hasValue(1);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("asha@example.in");
            assertThat(mail.cc()).containsExactly("finance@example.in", "admin@example.in");
            assertThat(mail.subject()).startsWith("Tax Invoice MAS101/2627/0001");
            assertThat(mail.attachments()).singleElement().satisfies(file -> {
                assertThat(file.filename()).isEqualTo("MAS101-2627-0001.pdf");
                assertThat(file.contentType()).isEqualTo("application/pdf");
                assertThat(file.content()).isEqualTo(store.all().values().iterator().next());
            });
        });
        assertThat(kit.audit.all()).extracting(GstAuditEntry::action).containsExactly(GstAuditEntry.Action.INVOICE_ISSUED,
                GstAuditEntry.Action.PDF_RENDERED, GstAuditEntry.Action.MAILED);
    }

    @Test
    void aPdfRenderedBeforeTheJobIsTheOneAttachedAndIsNotRenderedAgain() {
        var invoice = kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false, line(100_000)));
        var early = documents.pdf(invoice.id(), "user:admin").orElseThrow();

        documents.renderAndMail(invoice.id());

        assertThat(renders).hasValue(1);
        assertThat(mails).singleElement().satisfies(mail -> assertThat(mail.attachments()).singleElement()
                .satisfies(file -> assertThat(file.content()).isEqualTo(early.bytes())));
    }

    @Test
    void aCreditNotePrintsItsInvoiceAndAPdfAskedForEarlyIsRenderedOnTheSpot() {
        var invoice = kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false, line(100_000)));
        var note = kit.issueCreditNote.issue(new IssueCreditNote.Command(invoice.id(), "withdrawn", null, "user:test"));

        var pdf = documents.pdf(note.id(), "user:admin").orElseThrow();
        var printable = documents.printable(note.id()).orElseThrow();

        assertThat(pdf.key()).isEqualTo("tax-invoices/2026-27/CN/2627/0001.pdf");
        assertThat(printable.originalNumber()).isEqualTo("MAS101/2627/0001");
        assertThat(printable.kind()).isEqualTo(PrintableDocument.Kind.CREDIT_NOTE);
        assertThat(documents.pdf(note.id(), "user:admin").orElseThrow().bytes()).isEqualTo(pdf.bytes());
        assertThat(renders).hasValue(1);
        assertThat(documents.pdf(java.util.UUID.randomUUID(), "user:admin")).isEmpty();
    }
}
