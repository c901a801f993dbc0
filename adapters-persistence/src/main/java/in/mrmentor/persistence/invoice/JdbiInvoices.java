package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.Buyer;
import in.mrmentor.invoice.CreditNote;
import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.invoice.GstRate;
import in.mrmentor.invoice.GstState;
import in.mrmentor.invoice.Gstin;
import in.mrmentor.invoice.Invoice;
import in.mrmentor.invoice.InvoiceNumber;
import in.mrmentor.invoice.InvoiceSeries;
import in.mrmentor.invoice.InvoiceTotals;
import in.mrmentor.invoice.Supplier;
import in.mrmentor.invoice.SupplyType;
import in.mrmentor.invoice.TaxedLine;
import in.mrmentor.invoice.port.InvoiceFilter;
import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/**
 * Invoices with their lines and credit notes with theirs, written once and never updated here. The
 * issued supplier block is stored with each invoice, so a later change of {@code GLOBAL_INVOICE_SUPPLIER_*}
 * never rewrites what was issued.
 */
public final class JdbiInvoices implements Invoices {
    private static final String COLUMNS = "id, series, prefix, fy, seq, number, issued_at, supplier_name, supplier_legal_name, "
            + "supplier_gstin, supplier_state_code, supplier_state_name, supplier_address, supplier_email, supplier_phone, "
            + "supplier_website, buyer_name, buyer_address, buyer_state_code, buyer_gstin, buyer_email, pos_code, pos_name, "
            + "supply_type, prices_include_tax, reverse_charge, taxable_paise, cgst_paise, sgst_paise, igst_paise, "
            + "round_off_paise, total_paise, payment_id, issue_trigger, irn, ack_no";
    private static final String LINE_COLUMNS = "line_no, description, sac_code, quantity, unit_price_paise, discount_paise, "
            + "rate_bp, taxable_paise, cgst_paise, sgst_paise, igst_paise, total_paise";
    private static final String NOTE_COLUMNS = "n.id, n.invoice_id, n.prefix, n.fy, n.seq, n.issued_at, n.reason, "
            + "n.taxable_paise, n.cgst_paise, n.sgst_paise, n.igst_paise, n.total_paise, n.issue_trigger, "
            + "i.prefix AS original_prefix, i.fy AS original_fy, i.seq AS original_seq, i.issued_at AS original_issued_at";

    private final Jdbi jdbi;

    public JdbiInvoices(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Invoice invoice) {
        jdbi.useHandle(h -> {
            var s = invoice.supplier();
            var b = invoice.buyer();
            var t = invoice.totals();
            h.createUpdate("INSERT INTO superadmin.tax_invoices (" + COLUMNS + ") VALUES (:id, :series, :prefix, :fy, :seq, "
                            + ":number, :issuedAt, :sName, :sLegal, :sGstin, :sState, :sStateName, :sAddress, :sEmail, :sPhone, "
                            + ":sWebsite, :bName, :bAddress, :bState, :bGstin, :bEmail, :pos, :posName, :supply, :inclusive, "
                            + ":reverse, :taxable, :cgst, :sgst, :igst, :roundOff, :total, :payment, :trigger, :irn, :ackNo)")
                    .bind("id", invoice.id()).bind("series", invoice.series().name())
                    .bind("prefix", invoice.number().prefix()).bind("fy", invoice.year().startYear())
                    .bind("seq", invoice.number().sequence()).bind("number", invoice.number().text())
                    .bind("issuedAt", utc(invoice.issuedAt()))
                    .bind("sName", s.name()).bind("sLegal", s.legalName()).bind("sGstin", s.gstin().value())
                    .bind("sState", s.state().code()).bind("sStateName", s.state().name())
                    .bind("sAddress", String.join("\n", s.addressLines()))
                    .bindByType("sEmail", s.email(), String.class).bindByType("sPhone", s.phone(), String.class)
                    .bindByType("sWebsite", s.website(), String.class)
                    .bind("bName", b.name()).bindByType("bAddress", b.address(), String.class)
                    .bindByType("bState", b.stateCode(), String.class)
                    .bindByType("bGstin", b.gstin() == null ? null : b.gstin().value(), String.class)
                    .bindByType("bEmail", b.email(), String.class)
                    .bind("pos", invoice.placeOfSupply().code()).bind("posName", invoice.placeOfSupply().name())
                    .bind("supply", invoice.supplyType().name()).bind("inclusive", invoice.pricesIncludeTax())
                    .bind("reverse", invoice.reverseCharge())
                    .bind("taxable", t.taxablePaise()).bind("cgst", t.cgstPaise()).bind("sgst", t.sgstPaise())
                    .bind("igst", t.igstPaise()).bind("roundOff", t.roundOffPaise()).bind("total", t.totalPaise())
                    .bindByType("payment", invoice.paymentId(), UUID.class).bind("trigger", invoice.trigger())
                    .bindByType("irn", invoice.irn(), String.class).bindByType("ackNo", invoice.ackNo(), String.class)
                    .execute();
            var batch = h.prepareBatch("INSERT INTO superadmin.tax_invoice_lines (invoice_id, " + LINE_COLUMNS + ") VALUES "
                    + "(:invoice, :lineNo, :description, :sac, :quantity, :unitPrice, :discount, :rate, :taxable, :cgst, "
                    + ":sgst, :igst, :total)");
            for (TaxedLine line : invoice.lines()) {
                bindLine(batch.bind("invoice", invoice.id()), line).add();
            }
            batch.execute();
        });
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindLine(T statement, TaxedLine line) {
        return statement.bind("lineNo", line.lineNo()).bind("description", line.description())
                .bind("sac", line.sacCode()).bind("quantity", line.quantity()).bind("unitPrice", line.unitPricePaise())
                .bind("discount", line.discountPaise()).bind("rate", line.rate().basisPoints())
                .bind("taxable", line.taxablePaise()).bind("cgst", line.cgstPaise()).bind("sgst", line.sgstPaise())
                .bind("igst", line.igstPaise()).bind("total", line.totalPaise());
    }

    @Override
    public Optional<Invoice> find(UUID id) {
        return one("id = :key", id, "");
    }

    @Override
    public Optional<Invoice> findByNumber(String number) {
        return one("number = :key", number, "");
    }

    @Override
    public Optional<Invoice> findByPayment(UUID paymentId) {
        return one("payment_id = :key", paymentId, "");
    }

    @Override
    public Optional<Invoice> lock(UUID id) {
        return one("id = :key", id, " FOR UPDATE");
    }

    private Optional<Invoice> one(String where, Object key, String suffix) {
        return jdbi.withHandle(h -> withLines(h, h.createQuery("SELECT " + COLUMNS + " FROM superadmin.tax_invoices WHERE "
                + where + suffix).bind("key", key))).stream().findFirst();
    }

    @Override
    public List<Invoice> list(InvoiceFilter filter, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("SELECT " + COLUMNS + " FROM superadmin.tax_invoices WHERE "
                            + "(CAST(:fy AS integer) IS NULL OR fy = :fy) AND (CAST(:series AS text) IS NULL OR series = :series) "
                            + "AND (CAST(:from AS timestamptz) IS NULL OR issued_at >= :from) "
                            + "AND (CAST(:to AS timestamptz) IS NULL OR issued_at < :to) "
                            + "AND (CAST(:q AS text) IS NULL OR number ILIKE :like OR buyer_name ILIKE :like "
                            + "OR buyer_email ILIKE :like OR buyer_gstin ILIKE :like) "
                            + "AND " + KeysetPages.beforeTime("issued_at", "id") + " ORDER BY issued_at DESC, id LIMIT :fetch")
                    .bindByType("fy", filter.year() == null ? null : filter.year().startYear(), Integer.class)
                    .bindByType("series", filter.series() == null ? null : filter.series().name(), String.class)
                    .bindByType("from", filter.from() == null ? null : utc(filter.from()), OffsetDateTime.class)
                    .bindByType("to", filter.to() == null ? null : utc(filter.to()), OffsetDateTime.class)
                    .bindByType("q", blankToNull(filter.q()), String.class)
                    .bindByType("like", blankToNull(filter.q()) == null ? null : "%" + escapeLike(filter.q().strip()) + "%",
                            String.class);
            return withLines(h, KeysetPages.bindTime(query, page));
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<Invoice> issuedBetween(Instant from, Instant to) {
        return jdbi.withHandle(h -> withLines(h, h.createQuery("SELECT " + COLUMNS + " FROM superadmin.tax_invoices "
                        + "WHERE issued_at >= :from AND issued_at < :to ORDER BY issued_at, id")
                .bind("from", utc(from)).bind("to", utc(to))));
    }

    @Override
    public List<Invoice> inYear(FinancialYear year) {
        return jdbi.withHandle(h -> withLines(h, h.createQuery("SELECT " + COLUMNS + " FROM superadmin.tax_invoices "
                + "WHERE fy = :fy ORDER BY prefix, seq").bind("fy", year.startYear())));
    }

    /** A stored line as it is, before the domain checks that it adds up. */
    private record StoredLine(UUID invoiceId, int lineNo, String description, String sacCode, long quantity, long unitPrice,
                              long discount, int rateBp, long taxable, long cgst, long sgst, long igst, long total) {
        TaxedLine toLine(String number) {
            try {
                return new TaxedLine(lineNo, description, sacCode, quantity, unitPrice, discount, new GstRate(rateBp), taxable,
                        cgst, sgst, igst, total);
            } catch (IllegalArgumentException e) {
                // Only a hand-edited row gets here; the audit reports it by this message.
                throw new IllegalStateException(number + " line " + lineNo + ": stored taxable " + taxable + ", cgst " + cgst
                        + ", sgst " + sgst + ", igst " + igst + " do not add up to its total " + total, e);
            }
        }
    }

    private List<Invoice> withLines(Handle h, Query query) {
        List<Invoice> headers = query.map((rs, ctx) -> header(rs)).list();
        if (headers.isEmpty()) {
            return headers;
        }
        Map<UUID, List<StoredLine>> lines = new HashMap<>();
        h.createQuery("SELECT invoice_id, " + LINE_COLUMNS + " FROM superadmin.tax_invoice_lines "
                        + "WHERE invoice_id = ANY(:ids) ORDER BY invoice_id, line_no")
                .bindArray("ids", UUID.class, headers.stream().map(Invoice::id).toList())
                .map((rs, ctx) -> new StoredLine(rs.getObject("invoice_id", UUID.class), rs.getInt("line_no"),
                        rs.getString("description"), rs.getString("sac_code"), rs.getLong("quantity"),
                        rs.getLong("unit_price_paise"), rs.getLong("discount_paise"), rs.getInt("rate_bp"),
                        rs.getLong("taxable_paise"), rs.getLong("cgst_paise"), rs.getLong("sgst_paise"), rs.getLong("igst_paise"),
                        rs.getLong("total_paise")))
                .forEach(line -> lines.computeIfAbsent(line.invoiceId(), k -> new ArrayList<>()).add(line));
        List<Invoice> invoices = new ArrayList<>(headers.size());
        for (Invoice header : headers) {
            String number = header.number().text();
            var taxed = lines.getOrDefault(header.id(), List.of()).stream().map(line -> line.toLine(number)).toList();
            invoices.add(new Invoice(header.id(), header.series(), header.number(), header.issuedAt(), header.supplier(),
                    header.buyer(), header.placeOfSupply(), header.supplyType(), header.pricesIncludeTax(),
                    header.reverseCharge(), taxed, header.totals(), header.paymentId(),
                    header.trigger(), header.irn(), header.ackNo()));
        }
        return invoices;
    }

    /** The invoice row with a placeholder line (lines are read separately). */
    private static Invoice header(ResultSet rs) throws SQLException {
        var supplier = new Supplier(rs.getString("supplier_name"), rs.getString("supplier_legal_name"),
                new Gstin(rs.getString("supplier_gstin")),
                new GstState(rs.getString("supplier_state_code"), rs.getString("supplier_state_name")),
                rs.getString("supplier_address").isEmpty() ? List.of() : Arrays.asList(rs.getString("supplier_address").split("\n", -1)),
                rs.getString("supplier_email"),
                rs.getString("supplier_phone"), rs.getString("supplier_website"));
        String gstin = rs.getString("buyer_gstin");
        var buyer = new Buyer(rs.getString("buyer_name"), rs.getString("buyer_address"), rs.getString("buyer_state_code"),
                gstin == null ? null : new Gstin(gstin), rs.getString("buyer_email"));
        var number = new InvoiceNumber(rs.getString("prefix"), new FinancialYear(rs.getInt("fy")), rs.getLong("seq"));
        InvoiceTotals totals;
        try {
            totals = new InvoiceTotals(rs.getLong("taxable_paise"), rs.getLong("cgst_paise"), rs.getLong("sgst_paise"),
                    rs.getLong("igst_paise"), rs.getLong("round_off_paise"), rs.getLong("total_paise"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(rs.getString("number") + ": stored totals do not add up to its total "
                    + rs.getLong("total_paise"), e);
        }
        var placeholder = List.of(new TaxedLine(1, "-", "0000", 1, 0, 0, new GstRate(0), 0, 0, 0, 0, 0));
        return new Invoice(rs.getObject("id", UUID.class), InvoiceSeries.valueOf(rs.getString("series")), number,
                Timestamps.instant(rs, "issued_at"), supplier, buyer,
                new GstState(rs.getString("pos_code"), rs.getString("pos_name")), SupplyType.valueOf(rs.getString("supply_type")),
                rs.getBoolean("prices_include_tax"), rs.getBoolean("reverse_charge"), placeholder, totals,
                rs.getObject("payment_id", UUID.class), rs.getString("issue_trigger"), rs.getString("irn"), rs.getString("ack_no"));
    }

    @Override
    public void addCreditNote(CreditNote note) {
        jdbi.useHandle(h -> {
            var t = note.totals();
            h.createUpdate("INSERT INTO superadmin.credit_notes (id, invoice_id, prefix, fy, seq, number, issued_at, reason, "
                            + "taxable_paise, cgst_paise, sgst_paise, igst_paise, total_paise, issue_trigger) VALUES (:id, "
                            + ":invoice, :prefix, :fy, :seq, :number, :issuedAt, :reason, :taxable, :cgst, :sgst, :igst, "
                            + ":total, :trigger)")
                    .bind("id", note.id()).bind("invoice", note.invoiceId()).bind("prefix", note.number().prefix())
                    .bind("fy", note.number().year().startYear()).bind("seq", note.number().sequence())
                    .bind("number", note.number().text()).bind("issuedAt", utc(note.issuedAt()))
                    .bind("reason", note.reason()).bind("taxable", t.taxablePaise()).bind("cgst", t.cgstPaise())
                    .bind("sgst", t.sgstPaise()).bind("igst", t.igstPaise()).bind("total", t.totalPaise())
                    .bind("trigger", note.trigger()).execute();
            var batch = h.prepareBatch("INSERT INTO superadmin.credit_note_lines (credit_note_id, line_no, description, "
                    + "sac_code, rate_bp, taxable_paise, cgst_paise, sgst_paise, igst_paise, total_paise) VALUES (:note, "
                    + ":lineNo, :description, :sac, :rate, :taxable, :cgst, :sgst, :igst, :total)");
            for (TaxedLine line : note.lines()) {
                batch.bind("note", note.id()).bind("lineNo", line.lineNo()).bind("description", line.description())
                        .bind("sac", line.sacCode()).bind("rate", line.rate().basisPoints())
                        .bind("taxable", line.taxablePaise()).bind("cgst", line.cgstPaise()).bind("sgst", line.sgstPaise())
                        .bind("igst", line.igstPaise()).bind("total", line.totalPaise()).add();
            }
            batch.execute();
        });
    }

    @Override
    public List<CreditNote> creditNotesOf(UUID invoiceId) {
        return notes("n.invoice_id = :key ORDER BY n.seq", invoiceId);
    }

    @Override
    public Optional<CreditNote> findCreditNote(UUID id) {
        return notes("n.id = :key", id).stream().findFirst();
    }

    @Override
    public Optional<CreditNote> creditNoteForRefund(String gatewayRefundId) {
        return notes("n.gateway_refund_id = :key", gatewayRefundId).stream().findFirst();
    }

    @Override
    public void linkRefund(UUID creditNoteId, String gatewayRefundId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE superadmin.credit_notes SET gateway_refund_id = :refund WHERE id = :id "
                        + "AND gateway_refund_id IS NULL")
                .bind("id", creditNoteId).bind("refund", gatewayRefundId).execute());
    }

    @Override
    public List<CreditNote> creditNotesBetween(Instant from, Instant to) {
        return jdbi.withHandle(h -> notes(h, h.createQuery("SELECT " + NOTE_COLUMNS + " FROM superadmin.credit_notes n "
                        + "JOIN superadmin.tax_invoices i ON i.id = n.invoice_id WHERE n.issued_at >= :from AND n.issued_at < :to "
                        + "ORDER BY n.issued_at, n.id")
                .bind("from", utc(from)).bind("to", utc(to))));
    }

    @Override
    public List<CreditNote> creditNotesInYear(FinancialYear year) {
        return jdbi.withHandle(h -> notes(h, h.createQuery("SELECT " + NOTE_COLUMNS + " FROM superadmin.credit_notes n "
                + "JOIN superadmin.tax_invoices i ON i.id = n.invoice_id WHERE n.fy = :fy ORDER BY n.seq")
                .bind("fy", year.startYear())));
    }

    private List<CreditNote> notes(String where, Object key) {
        return jdbi.withHandle(h -> notes(h, h.createQuery("SELECT " + NOTE_COLUMNS + " FROM superadmin.credit_notes n "
                + "JOIN superadmin.tax_invoices i ON i.id = n.invoice_id WHERE " + where).bind("key", key)));
    }

    private List<CreditNote> notes(Handle h, Query query) {
        record Header(UUID id, UUID invoiceId, InvoiceNumber number, InvoiceNumber original, Instant originalAt,
                      Instant issuedAt, String reason, InvoiceTotals totals, String trigger) {
        }
        List<Header> headers = query.map((rs, ctx) -> new Header(rs.getObject("id", UUID.class),
                rs.getObject("invoice_id", UUID.class),
                new InvoiceNumber(rs.getString("prefix"), new FinancialYear(rs.getInt("fy")), rs.getLong("seq")),
                new InvoiceNumber(rs.getString("original_prefix"), new FinancialYear(rs.getInt("original_fy")),
                        rs.getLong("original_seq")),
                Timestamps.instant(rs, "original_issued_at"), Timestamps.instant(rs, "issued_at"), rs.getString("reason"),
                new InvoiceTotals(rs.getLong("taxable_paise"), rs.getLong("cgst_paise"), rs.getLong("sgst_paise"),
                        rs.getLong("igst_paise"), 0, rs.getLong("total_paise")),
                rs.getString("issue_trigger"))).list();
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TaxedLine>> lines = new HashMap<>();
        h.createQuery("SELECT credit_note_id, line_no, description, sac_code, rate_bp, taxable_paise, cgst_paise, sgst_paise, "
                        + "igst_paise, total_paise FROM superadmin.credit_note_lines WHERE credit_note_id = ANY(:ids) "
                        + "ORDER BY credit_note_id, line_no")
                .bindArray("ids", UUID.class, headers.stream().map(Header::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getObject("credit_note_id", UUID.class), new TaxedLine(rs.getInt("line_no"),
                        rs.getString("description"), rs.getString("sac_code"), 1, rs.getLong("total_paise"), 0,
                        new GstRate(rs.getInt("rate_bp")), rs.getLong("taxable_paise"), rs.getLong("cgst_paise"),
                        rs.getLong("sgst_paise"), rs.getLong("igst_paise"), rs.getLong("total_paise"))))
                .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return headers.stream().map(n -> new CreditNote(n.id(), n.invoiceId(), n.number(), n.original(), n.originalAt(),
                n.issuedAt(), n.reason(), lines.getOrDefault(n.id(), List.of()), n.totals(), n.trigger())).toList();
    }
}
