package in.mrmentor.invoice;

import static in.mrmentor.invoice.InvoiceTestData.KARNATAKA;
import static in.mrmentor.invoice.InvoiceTestData.MAHARASHTRA;
import static in.mrmentor.invoice.InvoiceTestData.buyerIn;
import static in.mrmentor.invoice.InvoiceTestData.issue;
import static in.mrmentor.invoice.InvoiceTestData.line;
import static in.mrmentor.invoice.InvoiceTestData.registeredBuyerIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

class InvoiceUseCasesTest {
    private final InvoiceKit kit = new InvoiceKit();

    @Test
    void aThousandRupeesToAMaharashtraBuyerIsNinetyCgstAndNinetySgst() {
        var invoice = kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false, line(100_000)));

        assertThat(invoice.number().text()).isEqualTo("MAS101/2627/0001");
        assertThat(invoice.supplyType()).isEqualTo(SupplyType.INTRA_STATE);
        assertThat(invoice.totals()).isEqualTo(new InvoiceTotals(100_000, 9_000, 9_000, 0, 0, 118_000));
        assertThat(kit.documents.requested()).containsExactly(invoice.id());
    }

    @Test
    void aThousandRupeesToAKarnatakaGstinIsOneHundredEightyIgst() {
        var invoice = kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, registeredBuyerIn("29"), false, line(100_000)));

        assertThat(invoice.placeOfSupply()).isEqualTo(KARNATAKA);
        assertThat(invoice.totals()).isEqualTo(new InvoiceTotals(100_000, 0, 0, 18_000, 0, 118_000));
    }

    @Test
    void elevenHundredEightyTaxInclusiveIsAThousandTaxable() {
        var invoice = kit.issueInvoice.issue(issue(InvoiceSeries.PAP, buyerIn(MAHARASHTRA), true, line(118_000)));

        assertThat(invoice.totals().taxablePaise()).isEqualTo(100_000);
        assertThat(invoice.totals().totalPaise()).isEqualTo(118_000);
        assertThat(invoice.number().text()).isEqualTo("PAP/2627/0001");
    }

    @Test
    void anInvoiceToAUserTellsThemInAppAndARefusedOneTellsNobody() {
        var user = java.util.UUID.randomUUID();

        var invoice = kit.issueInvoice.issueTo(user, issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false, line(100_000)));
        assertThatThrownBy(() -> kit.issueInvoice.issueTo(user, issue(InvoiceSeries.MAS101,
                new Buyer("X", null, "28", null, null), false, line(100_000)))).isInstanceOf(DomainException.class);

        var inbox = kit.notifications.page(user, false, in.mrmentor.shared.PageRequest.first(10));
        assertThat(inbox).singleElement().satisfies(notice -> {
            assertThat(notice.type()).isEqualTo(in.mrmentor.notification.NotificationType.INVOICE_ISSUED);
            assertThat(notice.title()).isEqualTo("Tax invoice " + invoice.number().text());
            assertThat(notice.body()).contains(invoice.number().text(), "INR 1180.00", "mailed to you");
        });
    }

    @Test
    void aRefusedIssueConsumesNoNumber() {
        kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false, line(100_000)));
        assertThatThrownBy(() -> kit.issueInvoice.issue(issue(InvoiceSeries.MAS101,
                new Buyer("X", null, "28", null, null), false, line(100_000))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("buyer.stateCode"));

        var next = kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false, line(100_000)));
        assertThat(next.number().text()).isEqualTo("MAS101/2627/0002");
    }

    @Test
    void aCreditNoteTakesTheWholeRemainderAndASecondIsRefused() {
        var invoice = kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false, line(100_000)));

        var note = kit.issueCreditNote.issue(new IssueCreditNote.Command(invoice.id(), "cancelled", null, "user:test"));

        assertThat(note.number().text()).isEqualTo("CN/2627/0001");
        assertThat(note.totals()).isEqualTo(new InvoiceTotals(100_000, 9_000, 9_000, 0, 0, 118_000));
        assertThatThrownBy(() -> kit.issueCreditNote.issue(new IssueCreditNote.Command(invoice.id(), "again", null, "user:test")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CREDIT_EXCEEDS_INVOICE"));
    }

    @Test
    void aCapturedFeeIsRoutedToItsPurposesHandlerAndInvoicedOnceInTheSameUnitOfWork() {
        kit.routing.register(PaymentPurpose.PROGRAM_FEE, (order, event) -> {
            var payment = kit.capturePayment.capture(new CaptureGatewayPayment.Command(event.paymentId(), order.orderId(),
                    order.purpose(), order.reference(), "Asha Rao", "asha@example.in", order.amountPaise(), "INR", "test"));
            if (kit.invoices.findByPayment(payment.id()).isPresent()) {
                return PaymentRouting.Outcome.unchanged(order.purpose(), "already invoiced");
            }
            kit.issueInvoice.issue(IssueInvoice.Command.inclusive(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA),
                    "Programme fee", payment.amountPaise(), payment.id(), "program-fee:" + order.reference()));
            return PaymentRouting.Outcome.changed(order.purpose(), "invoiced");
        });
        var checkout = kit.openPaymentOrder.open(new OpenPaymentOrder.Command(PaymentPurpose.PROGRAM_FEE, "application-1", 118_000));

        var first = kit.confirmCheckout.confirm(new ConfirmCheckout.Command(checkout.orderId(), "pay_1",
                in.mrmentor.invoice.port.memory.FakeCheckoutGateway.signatureOf(checkout.orderId(), "pay_1")));
        var again = kit.routing.route(new PaymentEvent.Captured(checkout.orderId(), "pay_1", 118_000, "INR", null));

        assertThat(first.changed()).isTrue();
        assertThat(again.changed()).isFalse();
        assertThat(kit.invoices.all()).hasSize(1);
        assertThat(kit.invoices.all().get(0).totals().taxablePaise()).isEqualTo(100_000);

        var refund = kit.routing.route(new PaymentEvent.Refunded(checkout.orderId(), "pay_1", "rfnd_1", 118_000));
        kit.routing.route(new PaymentEvent.Refunded(checkout.orderId(), "pay_1", "rfnd_1", 118_000));
        assertThat(refund.purpose()).isEqualTo(PaymentPurpose.PROGRAM_FEE);
        assertThat(kit.invoices.creditNotesOf(kit.invoices.all().get(0).id())).hasSize(1);
        assertThat(kit.payments.findByGatewayPaymentId("pay_1").orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aManualReceiptCannotBeDatedInTheFuture() {
        var tomorrowAndMore = InvoiceTestData.CLOCK.instant().plus(java.time.Duration.ofDays(2));

        assertThatThrownBy(() -> kit.recordManualPayment.record(new RecordManualPayment.Command("Asha", null, 118_000,
                PaymentMethod.CASH, PaymentPurpose.PROGRAM_FEE, null, tomorrowAndMore, "user:test")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("receivedAt"));
        assertThat(kit.payments.list(null, null, null, in.mrmentor.shared.PageRequest.first(10))).isEmpty();
        var yesterday = InvoiceTestData.CLOCK.instant().minus(java.time.Duration.ofDays(1));
        assertThat(kit.recordManualPayment.record(new RecordManualPayment.Command("Asha", null, 118_000,
                PaymentMethod.CASH, PaymentPurpose.PROGRAM_FEE, null, yesterday, "user:test")).receivedAt()).isEqualTo(yesterday);
    }

    @Test
    void aPaymentIsInvoicedOnlyOnce() {
        var payment = kit.recordManualPayment.record(new RecordManualPayment.Command("Asha", null, 118_000,
                PaymentMethod.BANK_TRANSFER, PaymentPurpose.PROGRAM_FEE, null, null, "user:test"));
        var command = new IssueInvoice.Command(InvoiceSeries.MAS102, buyerIn(MAHARASHTRA), true, List.of(line(118_000)),
                payment.id(), "user:test");
        kit.issueInvoice.issue(command);

        assertThatThrownBy(() -> kit.issueInvoice.issue(command))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ALREADY_INVOICED"));
    }

    @Test
    void aPartCreditIsSplitBackAtTheLinesRateAndTheRestReversesToThePaisa() {
        var invoice = kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false,
                line(100_000), new LineItem("Workbook", null, 3, 333, 0)));

        var part = kit.issueCreditNote.issue(new IssueCreditNote.Command(invoice.id(), "part",
                List.of(new IssueCreditNote.LineCredit(1, 59_000), new IssueCreditNote.LineCredit(2, 1)), "user:test"));
        var rest = kit.issueCreditNote.issue(new IssueCreditNote.Command(invoice.id(), "rest", null, "user:test"));

        assertThat(part.lines().get(0)).extracting(TaxedLine::taxablePaise, TaxedLine::cgstPaise, TaxedLine::sgstPaise)
                .containsExactly(50_000L, 4_500L, 4_500L);
        long credited = part.totals().totalPaise() + rest.totals().totalPaise();
        assertThat(credited).isEqualTo(invoice.totals().totalPaise());
        assertThat(part.totals().taxablePaise() + rest.totals().taxablePaise()).isEqualTo(invoice.totals().taxablePaise());
        assertThat(part.totals().cgstPaise() + rest.totals().cgstPaise()).isEqualTo(invoice.totals().cgstPaise());
        assertThatThrownBy(() -> kit.issueCreditNote.issue(new IssueCreditNote.Command(invoice.id(), "more",
                List.of(new IssueCreditNote.LineCredit(1, 1)), "user:test")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CREDIT_EXCEEDS_INVOICE"));
        assertThat(new AuditInvoices(kit.invoices, kit.counters, InvoiceTestData.terms()).audit().mismatch()).isEmpty();
    }

    @Test
    void aSeriesPastItsSixteenCharactersIsExhaustedAndTheRefusalTakesNoNumber() {
        for (int i = 0; i < 9_999; i++) {
            kit.counters.next("MAS101", new FinancialYear(2026));
        }

        assertThatThrownBy(() -> kit.issueInvoice.issue(issue(InvoiceSeries.MAS101, buyerIn(MAHARASHTRA), false, line(100))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SERIES_EXHAUSTED"));
        assertThat(kit.counters.last("MAS101", new FinancialYear(2026))).isEqualTo(9_999);
        assertThat(new SeriesUsage(kit.counters, InvoiceTestData.terms(), InvoiceTestData.CLOCK).current())
                .filteredOn(u -> u.series() == InvoiceSeries.MAS101).allMatch(SeriesUsage.Usage::nearlyFull);
    }

    @Test
    void theIssueIsAuditedAndItsPdfRequestedInTheSameUnitOfWork() {
        var invoice = kit.issueInvoice.issue(issue(InvoiceSeries.DRO, buyerIn(MAHARASHTRA), false, line(100)));

        assertThat(kit.audit.all()).extracting(GstAuditEntry::action, GstAuditEntry::documentNumber, GstAuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GstAuditEntry.Action.INVOICE_ISSUED,
                        invoice.number().text(), "user:test"));
        assertThat(kit.documents.requested()).containsExactly(invoice.id());
    }
}
