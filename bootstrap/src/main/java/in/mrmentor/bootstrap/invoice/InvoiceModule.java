package in.mrmentor.bootstrap.invoice;

import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.external.blob.S3BlobStore;
import in.mrmentor.external.blob.S3Settings;
import in.mrmentor.external.invoice.PdfBoxInvoiceRenderer;
import in.mrmentor.external.payment.RazorpayGateway;
import in.mrmentor.external.payment.RazorpaySettings;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.invoice.FinanceReportRoutes;
import in.mrmentor.http.invoice.InvoiceRoutes;
import in.mrmentor.http.invoice.PaymentRoutes;
import in.mrmentor.invoice.AuditInvoices;
import in.mrmentor.invoice.CaptureGatewayPayment;
import in.mrmentor.invoice.ConfirmCheckout;
import in.mrmentor.invoice.Gstr1Report;
import in.mrmentor.invoice.InvoiceMasters;
import in.mrmentor.invoice.InvoicePayment;
import in.mrmentor.invoice.InvoiceSeries;
import in.mrmentor.invoice.IssueCreditNote;
import in.mrmentor.invoice.IssueInvoice;
import in.mrmentor.invoice.ListGstAuditLog;
import in.mrmentor.invoice.ListInvoices;
import in.mrmentor.invoice.ListPayments;
import in.mrmentor.invoice.OpenPaymentOrder;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentRouting;
import in.mrmentor.invoice.RecordManualPayment;
import in.mrmentor.invoice.RecordPaymentOrder;
import in.mrmentor.invoice.RenderInvoiceDocument;
import in.mrmentor.invoice.SeriesUsage;
import in.mrmentor.invoice.ShowInvoice;
import in.mrmentor.invoice.port.CheckoutGateway;
import in.mrmentor.invoice.port.DocumentJobs;
import in.mrmentor.invoice.port.DocumentStore;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.Housekeeping;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.NewJob;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.persistence.invoice.JdbiGstAuditLog;
import in.mrmentor.persistence.invoice.JdbiGstStates;
import in.mrmentor.persistence.invoice.JdbiHsnSacCodes;
import in.mrmentor.persistence.invoice.JdbiInvoices;
import in.mrmentor.persistence.invoice.JdbiPaymentOrders;
import in.mrmentor.persistence.invoice.JdbiPayments;
import in.mrmentor.persistence.invoice.JdbiRenderedDocuments;
import in.mrmentor.persistence.invoice.JdbiSeriesCounters;
import in.mrmentor.token.port.PaymentGateway;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * GST invoicing and payments over PostgreSQL (schema {@code superadmin}), configured from
 * {@link InvoiceSettings}: the finance routes, the {@code invoicePdf} job that renders and mails each
 * document, a cleanup task that re-enqueues documents whose job was lost, the series-usage gauges,
 * and the payment routing other contexts register their handlers on ({@link #paymentRouting}).
 */
public final class InvoiceModule implements ContextModule {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceModule.class);
    static final HandlerOptions PDF_JOBS = HandlerOptions.of(4, 6);

    public final IssueInvoice issueInvoice;
    public final IssueCreditNote issueCreditNote;
    public final CaptureGatewayPayment capturePayment;
    public final RecordManualPayment recordManualPayment;
    public final RecordPaymentOrder recordPaymentOrder;
    public final OpenPaymentOrder openPaymentOrder;
    public final ConfirmCheckout confirmCheckout;
    /** Where other contexts register the handler of their payment purpose, from their own module. */
    public final PaymentRouting paymentRouting;
    public final RenderInvoiceDocument renderDocument;
    public final ShowInvoice showInvoice;
    public final ListInvoices listInvoices;
    public final ListPayments listPayments;
    public final InvoicePayment invoicePayment;
    public final InvoiceMasters masters;
    public final Gstr1Report gstr1;
    public final ListGstAuditLog listAuditLog;
    public final AuditInvoices auditInvoices;
    public final SeriesUsage seriesUsage;
    private final JdbiRenderedDocuments rendered;
    private final InvoiceSettings settings;
    private final Platform platform;
    private final Idempotent idempotent;

    /** @param razorpay the gateway account fees are collected through (the token settings read it), if any */
    public InvoiceModule(Platform platform, Optional<RazorpaySettings> razorpay) {
        this.platform = platform;
        this.settings = platform.settings().invoices();
        var jdbi = platform.jdbi();
        var tx = platform.transactions();
        var clock = platform.clock();
        var ids = platform.ids();
        var terms = settings.terms();
        var invoices = new JdbiInvoices(jdbi);
        var counters = new JdbiSeriesCounters(jdbi);
        var states = new JdbiGstStates(jdbi);
        var hsnSac = new JdbiHsnSacCodes(jdbi);
        var payments = new JdbiPayments(jdbi);
        var orders = new JdbiPaymentOrders(jdbi);
        var audit = new JdbiGstAuditLog(jdbi);
        rendered = new JdbiRenderedDocuments(jdbi);
        var queue = platform.jobQueue();
        DocumentJobs jobs = id -> queue.enqueue(NewJob.of(JobType.INVOICE_PDF, id.toString()).dedupedBy(id.toString()));

        issueInvoice = new IssueInvoice(invoices, counters, states, hsnSac, payments, audit, jobs, platform.notifier(), terms, tx,
                clock, ids);
        issueCreditNote = new IssueCreditNote(invoices, counters, audit, jobs, terms, tx, clock, ids);
        capturePayment = new CaptureGatewayPayment(payments, audit, tx, clock, ids);
        recordManualPayment = new RecordManualPayment(payments, audit, tx, clock, ids);
        recordPaymentOrder = new RecordPaymentOrder(orders, tx, clock);
        CheckoutGateway checkout = checkoutGateway(razorpay);
        openPaymentOrder = new OpenPaymentOrder(checkout, recordPaymentOrder, tx);
        // Orders recorded before routing existed were all token purchases.
        paymentRouting = new PaymentRouting(orders, payments, invoices, issueCreditNote, PaymentPurpose.TOKEN_PURCHASE, tx);
        confirmCheckout = new ConfirmCheckout(checkout, orders, paymentRouting);
        renderDocument = new RenderInvoiceDocument(invoices, states, rendered, documentStore(platform, settings),
                new PdfBoxInvoiceRenderer(), platform.mailer(), audit, terms, settings.documents(), tx, clock, ids);
        showInvoice = new ShowInvoice(invoices);
        listInvoices = new ListInvoices(invoices);
        listPayments = new ListPayments(payments);
        invoicePayment = new InvoicePayment(payments, issueInvoice, settings.labels());
        masters = new InvoiceMasters(states, hsnSac);
        gstr1 = new Gstr1Report(invoices, audit, terms, tx, clock, ids);
        listAuditLog = new ListGstAuditLog(audit);
        auditInvoices = new AuditInvoices(invoices, counters, terms);
        seriesUsage = new SeriesUsage(counters, terms, clock);
        idempotent = new Idempotent(platform.idempotentRequests());
        registerSeriesGauges(platform.metrics(), seriesUsage);
    }

    /** The Razorpay account, seen as fee-collecting contexts need it. */
    private static CheckoutGateway checkoutGateway(Optional<RazorpaySettings> razorpay) {
        PaymentGateway gateway = razorpay.<PaymentGateway>map(RazorpayGateway::new)
                .orElse(PaymentGateway.NOT_CONFIGURED);
        return new CheckoutGateway() {
            @Override
            public String keyId() {
                return gateway.keyId();
            }

            @Override
            public CreatedOrder createOrder(long amountPaise, String currency, String receipt) {
                var order = gateway.createOrder(amountPaise, currency, receipt);
                return new CreatedOrder(order.orderId(), order.amountPaise(), order.currency());
            }

            @Override
            public boolean isAuthenticCheckout(String orderId, String paymentId, String signature) {
                return gateway.isAuthenticCheckout(orderId, paymentId, signature);
            }
        };
    }

    /** The platform's blob store, or with S3 and {@code GLOBAL_INVOICE_S3_BUCKET} the invoice bucket. */
    private static DocumentStore documentStore(Platform platform, InvoiceSettings settings) {
        BlobStore blobs = platform.blobStore();
        Optional<S3Settings> s3 = platform.settings().platform().s3();
        if (s3.isPresent() && settings.bucket().isPresent()) {
            var base = s3.get();
            blobs = new S3BlobStore(new S3Settings(base.region(), base.accessKeyId(), base.secretAccessKey(),
                    settings.bucket().get(), base.endpoint(), base.urlStyle()));
        }
        BlobStore store = blobs;
        return new DocumentStore() {
            @Override
            public void put(String key, byte[] pdf) {
                store.put(key, new ByteArrayInputStream(pdf), "application/pdf", pdf.length);
            }

            @Override
            public Optional<byte[]> get(String key) {
                return store.get(key).map(blob -> {
                    try (blob) {
                        return blob.content().readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }

            @Override
            public boolean exists(String key) {
                return store.exists(key);
            }
        };
    }

    @Override
    public List<RouteGroup> routes() {
        return List.of(
                new InvoiceRoutes(issueInvoice, listInvoices, showInvoice, renderDocument, issueCreditNote, idempotent),
                new PaymentRoutes(recordManualPayment, listPayments, invoicePayment, idempotent),
                new FinanceReportRoutes(masters, gstr1, listAuditLog));
    }

    @Override
    public void jobs(JobWorkers workers) {
        workers.register(JobType.INVOICE_PDF, job -> renderDocument.renderAndMail(UUID.fromString(job.payload())), PDF_JOBS);
    }

    /** A document whose job was lost (a Redis queue outside the issuing transaction) is rendered by the next cleanup. */
    @Override
    public List<Housekeeping> housekeeping() {
        return List.of(Housekeeping.of("invoices", () -> {
            var lost = rendered.unrendered(platform.clock().instant().minus(Duration.ofMinutes(10)), 500);
            lost.forEach(id -> platform.jobQueue().enqueue(NewJob.of(JobType.INVOICE_PDF, id.toString())
                    .dedupedBy(id.toString())));
            return Map.of("pdfsRequeued", (long) lost.size());
        }));
    }

    /** The configuration's warnings, and any series past 90 % of its numbers this year. */
    @Override
    public void seed() {
        settings.warnings().forEach(warning -> LOG.warn("{}", warning));
        for (var usage : seriesUsage.current()) {
            if (usage.nearlyFull()) {
                LOG.warn("Invoice series {} has used {} of its {} numbers in {}", usage.prefix(), usage.used(),
                        usage.capacity(), usage.year());
            }
        }
    }

    /** {@code mas_invoice_series_used_ratio{series}}: how full each series is this financial year (above 0.9: warn). */
    private static void registerSeriesGauges(MeterRegistry metrics, SeriesUsage usage) {
        for (var series : InvoiceSeries.values()) {
            Gauge.builder("mas_invoice_series_used_ratio", () -> {
                        try {
                            return usage.current().stream().filter(u -> u.series() == series).findFirst()
                                    .map(SeriesUsage.Usage::ratio).orElse(0.0);
                        } catch (RuntimeException e) {
                            return Double.NaN;
                        }
                    })
                    .tag("series", series.name())
                    .description("Share of the invoice series' numbers used this financial year; above 0.9 it is nearly exhausted")
                    .register(metrics);
        }
    }
}
