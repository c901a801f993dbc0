package in.mrmentor.invoice;

import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static in.mrmentor.invoice.InvoiceTestData.MAHARASHTRA;
import static in.mrmentor.invoice.InvoiceTestData.buyerIn;
import static in.mrmentor.invoice.InvoiceTestData.issue;
import static in.mrmentor.invoice.InvoiceTestData.line;
import static org.assertj.core.api.Assertions.assertThat;

/** Every date rule is taken in India's time: 31 March 18:30 UTC is 1 April 00:00 IST, a new financial year. */
class BusinessTimeZoneTest {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theLastMinuteOfMarchInIndiaIsTheOldYearAndEighteenThirtyUtcTheNew() {
        var clock = new MovableClock(Instant.parse("2027-03-31T18:29:59Z"));
        var kit = new InvoiceKit(new InMemoryTransactions(), InvoiceTestData.terms(), clock);

        var lastOfOldYear = kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false, line(100_000)));
        clock.set(Instant.parse("2027-03-31T18:30:00Z"));
        var firstOfNewYear = kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false, line(100_000)));
        var credit = kit.issueCreditNote.issue(new IssueCreditNote.Command(lastOfOldYear.id(), "late", null, "user:test"));

        assertThat(lastOfOldYear.number().text()).isEqualTo("MAS101/2627/0001");
        assertThat(firstOfNewYear.number().text()).isEqualTo("MAS101/2728/0001");
        assertThat(credit.number().text()).isEqualTo("CN/2728/0001");
        assertThat(credit.originalNumber().text()).isEqualTo("MAS101/2627/0001");
    }

    @Test
    void aGstr1MonthIsTheIndianMonth() {
        var clock = new MovableClock(Instant.parse("2026-11-30T18:29:59Z"));
        var kit = new InvoiceKit(new InMemoryTransactions(), InvoiceTestData.terms(), clock);
        var november = kit.issueInvoice.issue(issue(InvoiceSeries.PAP, buyerIn(MAHARASHTRA), false, line(100_000)));
        clock.set(Instant.parse("2026-11-30T18:30:00Z"));
        var december = kit.issueInvoice.issue(issue(InvoiceSeries.PAP, buyerIn(MAHARASHTRA), false, line(100_000)));
        var report = new Gstr1Report(kit.invoices, kit.audit, InvoiceTestData.terms(), kit.tx, clock, Ids.random());

        String nov = report.export(YearMonth.of(2026, 11), "user:test").csv();
        String dec = report.export(YearMonth.of(2026, 12), "user:test").csv();

        assertThat(nov).contains(november.number().text(), "30-11-2026").doesNotContain(december.number().text());
        assertThat(dec).contains(december.number().text(), "01-12-2026").doesNotContain(november.number().text());
        assertThat(kit.audit.all()).filteredOn(e -> e.action() == GstAuditEntry.Action.EXPORTED).hasSize(2);
    }
}
