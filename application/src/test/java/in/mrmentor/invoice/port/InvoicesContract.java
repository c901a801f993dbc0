package in.mrmentor.invoice.port;

import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.invoice.Invoice;
import in.mrmentor.invoice.InvoiceSeries;
import in.mrmentor.invoice.InvoiceTestData;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static in.mrmentor.invoice.InvoiceTestData.creditNoteOn;
import static in.mrmentor.invoice.InvoiceTestData.issuedInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link Invoices} must do. */
public abstract class InvoicesContract {
    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    protected static final FinancialYear FY = InvoiceTestData.FY;

    protected Invoices invoices;
    protected Transactions transactions;

    protected abstract Invoices newInvoices();

    protected abstract Transactions transactionsFor(Invoices invoices);

    /** The id of a stored receipt an invoice may name (PostgreSQL needs the row). */
    protected abstract UUID aPayment();

    @BeforeEach
    void freshInvoices() {
        invoices = newInvoices();
        transactions = transactionsFor(invoices);
    }

    @Test
    void anInvoiceIsFoundAsIssuedByIdNumberAndPayment() {
        UUID payment = aPayment();
        var invoice = issuedInvoice(1, T0, payment, InvoiceTestData.registeredBuyerIn("27"));

        invoices.add(invoice);

        assertThat(invoices.find(invoice.id())).contains(invoice);
        assertThat(invoices.findByNumber("MAS101/2627/0001")).contains(invoice);
        assertThat(invoices.findByPayment(payment)).contains(invoice);
        assertThat(transactions.inTransaction(() -> invoices.lock(invoice.id()))).contains(invoice);
        assertThat(invoices.inYear(FY)).containsExactly(invoice);
    }

    @Test
    void aNumberOrAPaymentBelongsToOneInvoice() {
        UUID payment = aPayment();
        invoices.add(issuedInvoice(1, T0, payment, InvoiceTestData.buyerIn(InvoiceTestData.MAHARASHTRA)));

        assertThatThrownBy(() -> invoices.add(issuedInvoice(1, T0, null, InvoiceTestData.buyerIn(InvoiceTestData.MAHARASHTRA))))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> invoices.add(issuedInvoice(2, T0, payment, InvoiceTestData.buyerIn(InvoiceTestData.MAHARASHTRA))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void listsAreNewestFirstAndFilterByYearSeriesWindowAndText() {
        var first = issuedInvoice(1, T0, null, InvoiceTestData.buyerIn(InvoiceTestData.MAHARASHTRA));
        var second = issuedInvoice(2, T0.plusSeconds(60), null, InvoiceTestData.registeredBuyerIn("29"));
        invoices.add(first);
        invoices.add(second);

        assertThat(invoices.list(InvoiceFilter.ALL, PageRequest.first(10))).extracting(Invoice::id)
                .containsExactly(second.id(), first.id());
        assertThat(invoices.list(new InvoiceFilter(FY, InvoiceSeries.MAS101, null, null, "karnataka"), PageRequest.first(10)))
                .extracting(Invoice::id).containsExactly(second.id());
        assertThat(invoices.list(new InvoiceFilter(new FinancialYear(2025), null, null, null, null), PageRequest.first(10))).isEmpty();
        assertThat(invoices.list(new InvoiceFilter(null, InvoiceSeries.PAP, null, null, null), PageRequest.first(10))).isEmpty();
        assertThat(invoices.list(new InvoiceFilter(null, null, T0.plusSeconds(1), null, null), PageRequest.first(10)))
                .extracting(Invoice::id).containsExactly(second.id());
        assertThat(invoices.issuedBetween(T0, T0.plusSeconds(61))).extracting(Invoice::id).containsExactly(first.id(), second.id());
    }

    @Test
    void creditNotesAreKeptWithTheirLinesAndARefundIsLinkedOnce() {
        var invoice = issuedInvoice(1, T0, null, InvoiceTestData.buyerIn(InvoiceTestData.MAHARASHTRA));
        invoices.add(invoice);
        var note = creditNoteOn(invoice, UUID.randomUUID(), 1, T0.plusSeconds(30));

        invoices.addCreditNote(note);
        invoices.linkRefund(note.id(), "rfnd_1");

        assertThat(invoices.creditNotesOf(invoice.id())).containsExactly(note);
        assertThat(invoices.findCreditNote(note.id())).contains(note);
        assertThat(invoices.creditNoteForRefund("rfnd_1")).contains(note);
        assertThat(invoices.creditNoteForRefund("rfnd_2")).isEmpty();
        assertThat(invoices.creditNotesBetween(T0, T0.plusSeconds(31))).containsExactly(note);
        assertThat(invoices.creditNotesInYear(FY)).containsExactly(note);
    }
}
