package in.mrmentor.http.invoice;

import java.util.UUID;

import in.mrmentor.http.Access;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.invoice.InvoiceErrors;
import in.mrmentor.invoice.InvoicePayment;
import in.mrmentor.invoice.ListPayments;
import in.mrmentor.invoice.PaymentMethod;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentStatus;
import in.mrmentor.invoice.RecordManualPayment;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.InstantBounds;
import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.List;

import static in.mrmentor.http.invoice.FinanceJson.InvoiceJson;
import static in.mrmentor.http.invoice.FinanceJson.PaymentJson;

/** Money receipts ({@code global_payments}): manual receipts, the list, and invoicing a receipt. */
public final class PaymentRoutes implements FinanceRouteGroup {
    private final RecordManualPayment recordManualPayment;
    private final ListPayments listPayments;
    private final InvoicePayment invoicePayment;
    private final Idempotent idempotent;

    public PaymentRoutes(RecordManualPayment recordManualPayment, ListPayments listPayments, InvoicePayment invoicePayment,
                         Idempotent idempotent) {
        this.recordManualPayment = recordManualPayment;
        this.listPayments = listPayments;
        this.invoicePayment = invoicePayment;
        this.idempotent = idempotent;
    }

    @Override
    public List<Route> routes() {
        Access superadmin = Access.roles(Role.SUPERADMIN);
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.post("/api/finance/payments", superadmin, "Record a manual receipt: bank transfer, cash (Idempotency-Key)",
                        idempotent.handler(ctx -> {
                            String trigger = FinanceRouteGroup.trigger(ctx);
                            var payment = recordManualPayment.record(Input.json(ctx, InvoiceBodies.ManualPaymentBody.class,
                                    body -> manual(body, trigger)));
                            return new Idempotent.Reply(201, PaymentJson.of(payment));
                        }))
                        .withBody(InvoiceBodies.ManualPaymentBody.class).returns(201, PaymentJson.class).idempotent(),
                Route.get("/api/finance/payments", admin, "Receipts, newest first", ctx -> ctx.json(ListPage.of(
                        listPayments.list(Input.enumQuery(ctx, "status", PaymentStatus.class), Input.flagQuery(ctx, "refundDue"),
                                Input.instantQuery(ctx, "from"), Input.instantQuery(ctx, "to"), Input.limit(ctx),
                                Input.cursor(ctx)), PaymentJson::of)))
                        .returns(Route.pageOf(PaymentJson.class)).paged()
                        .query("status", PaymentStatus.class, "PENDING, CAPTURED, FAILED or REFUNDED")
                        .query("refundDue", Boolean.class, "true: only payments recorded to be refunded and not refunded yet")
                        .query("from", Instant.class, "received at or after")
                        .query("to", Instant.class, "received before"),
                Route.post("/api/finance/payments/{id}/invoice", superadmin,
                        "Invoice a receipt; lines default to one tax-inclusive line of its purpose (Idempotency-Key)",
                        idempotent.handler(ctx -> {
                            UUID paymentId = Input.uuidPath(ctx, "id");
                            String trigger = FinanceRouteGroup.trigger(ctx);
                            var command = Input.json(ctx, InvoiceBodies.PaymentInvoiceBody.class, body -> {
                                var validation = new Validation();
                                var series = InvoiceBodies.series(body.series(), validation);
                                var lines = InvoiceBodies.lines(body.lines(), false, validation);
                                var buyer = InvoiceBodies.buyer(body.buyer(), null, validation);
                                validation.orThrow();
                                return new InvoicePayment.Command(paymentId, series, buyer, lines, trigger);
                            });
                            var invoice = invoicePayment.invoice(command);
                            return new Idempotent.Reply(201, InvoiceJson.of(invoice));
                        }))
                        .withBody(InvoiceBodies.PaymentInvoiceBody.class).returns(201, InvoiceJson.class).idempotent()
                        .error(ErrorKind.INVALID, InvoiceErrors.INVALID_GSTIN)
                        .error(ErrorKind.NOT_FOUND, InvoiceErrors.PAYMENT_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, InvoiceErrors.ALREADY_INVOICED)
                        .error(ErrorKind.CONFLICT, InvoiceErrors.PAYMENT_NOT_CAPTURED)
                        .error(ErrorKind.CONFLICT, InvoiceErrors.PAYMENT_TO_REFUND)
                        .error(ErrorKind.CONFLICT, InvoiceErrors.SERIES_EXHAUSTED));
    }

    private static RecordManualPayment.Command manual(InvoiceBodies.ManualPaymentBody body, String trigger) {
        var validation = new Validation()
                .require(body.amountPaise() != null && body.amountPaise() > 0, "amountPaise", "must be a whole number above 0")
                .requireText(body.payerName(), "payerName", in.mrmentor.invoice.Buyer.MAX_NAME);
        PaymentMethod method = null;
        PaymentPurpose purpose = PaymentPurpose.OTHER;
        try {
            method = Input.requiredEnum(body.method(), "method", PaymentMethod.class);
            validation.require(method != PaymentMethod.RAZORPAY, "method",
                    "must be one of BANK_TRANSFER, CASH, OTHER (gateway payments come from the gateway)");
        } catch (in.mrmentor.shared.DomainException e) {
            e.fieldErrors().forEach(f -> validation.require(false, f.field(), f.message()));
        }
        if (body.purpose() != null && !body.purpose().isBlank()) {
            try {
                purpose = Input.requiredEnum(body.purpose(), "purpose", PaymentPurpose.class);
            } catch (in.mrmentor.shared.DomainException e) {
                e.fieldErrors().forEach(f -> validation.require(false, f.field(), f.message()));
            }
        }
        if (body.receivedAt() != null) {
            InstantBounds.require("receivedAt", body.receivedAt());
        }
        validation.orThrow();
        return new RecordManualPayment.Command(body.payerName(), InvoiceBodies.blankToNull(body.payerEmail()),
                body.amountPaise(), method, purpose, InvoiceBodies.blankToNull(body.reference()), body.receivedAt(), trigger);
    }
}
