package in.mrmentor.invoice;

import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * GSTR-1 for one month (in the business time zone), in the section and field names of the GST portal's
 * offline-tool JSON: {@code b2b} by buyer GSTIN, {@code b2cl} inter-state B2C invoices above ₹1,00,000 one
 * by one, {@code b2cs} the other B2C supplies by supply type, place of supply and rate (less their credit
 * notes), {@code cdnr} / {@code cdnur} credit notes to registered buyers and on B2CL invoices, {@code hsn}
 * the summary by SAC and rate. Amounts are rupees with two decimals, as the tool writes them. The same rows
 * come as CSV, one per document and rate. Every export is written to the audit log.
 */
public final class Gstr1Report {
    /** B2C inter-state invoices above this value are reported one by one (b2cl). */
    public static final long B2CL_THRESHOLD_PAISE = 100_000_00L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** The month's return: the JSON tree (maps, lists, numbers, text) and the same rows as CSV. */
    public record Gstr1(YearMonth month, Map<String, Object> json, String csv) {
    }

    private final Invoices invoices;
    private final GstAuditLog audit;
    private final InvoicingTerms terms;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public Gstr1Report(Invoices invoices, GstAuditLog audit, InvoicingTerms terms, Transactions transactions, Clock clock,
                       Ids ids) {
        this.invoices = invoices;
        this.audit = audit;
        this.terms = terms;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Gstr1 export(YearMonth month, String actor) {
        Objects.requireNonNull(month, "month");
        Instant from = month.atDay(1).atStartOfDay(terms.businessZone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(terms.businessZone()).toInstant();
        var issued = invoices.issuedBetween(from, to);
        var notes = invoices.creditNotesBetween(from, to);
        var report = build(month, issued, notes);
        transactions.run(() -> audit.append(GstAuditEntry.of(ids.next(), clock.instant(), GstAuditEntry.Action.EXPORTED, null,
                null, actor, "GSTR-1 " + month + ": " + issued.size() + " invoice(s), " + notes.size() + " credit note(s)")));
        return report;
    }

    private Gstr1 build(YearMonth month, List<Invoice> issued, List<CreditNote> notes) {
        Map<String, List<Object>> b2b = new TreeMap<>();
        Map<String, List<Object>> b2cl = new TreeMap<>();
        Map<String, Map<String, Object>> b2cs = new TreeMap<>();
        Map<String, List<Object>> cdnr = new TreeMap<>();
        List<Object> cdnur = new ArrayList<>();
        Map<String, Map<String, Object>> hsn = new TreeMap<>();
        List<String> csv = new ArrayList<>();
        csv.add("section,counterparty_gstin,number,date,original_number,value,place_of_supply,supply_type,rate,"
                + "taxable_value,igst,cgst,sgst");

        for (Invoice invoice : issued) {
            var buyer = invoice.buyer();
            String pos = invoice.placeOfSupply().code();
            String section;
            if (buyer.isRegistered()) {
                section = "b2b";
                b2b.computeIfAbsent(buyer.gstin().value(), k -> new ArrayList<>()).add(document(invoice, true));
            } else if (isB2cl(invoice)) {
                section = "b2cl";
                b2cl.computeIfAbsent(pos, k -> new ArrayList<>()).add(document(invoice, false));
            } else {
                section = "b2cs";
                for (var rate : byRate(invoice.lines()).entrySet()) {
                    addB2cs(b2cs, invoice.supplyType(), pos, rate.getValue(), 1);
                }
            }
            for (var rate : byRate(invoice.lines()).entrySet()) {
                csv.add(csvRow(section, buyer.isRegistered() ? buyer.gstin().value() : "", invoice.number().text(),
                        invoice.issuedAt(), "", invoice.totals().totalPaise(), pos, invoice.supplyType(), rate.getValue()));
            }
            for (TaxedLine line : invoice.lines()) {
                addHsn(hsn, line, 1);
            }
        }
        for (CreditNote note : notes) {
            var invoice = invoices.find(note.invoiceId()).orElseThrow();
            var buyer = invoice.buyer();
            String pos = invoice.placeOfSupply().code();
            String section;
            if (buyer.isRegistered()) {
                section = "cdnr";
                var nt = note(note, invoice);
                nt.put("inv_typ", "R");
                cdnr.computeIfAbsent(buyer.gstin().value(), k -> new ArrayList<>()).add(nt);
            } else if (isB2cl(invoice)) {
                section = "cdnur";
                var nt = note(note, invoice);
                nt.put("typ", "B2CL");
                cdnur.add(nt);
            } else {
                section = "b2cs";
                for (var rate : byRate(note.lines()).entrySet()) {
                    addB2cs(b2cs, invoice.supplyType(), pos, rate.getValue(), -1);
                }
            }
            for (var rate : byRate(note.lines()).entrySet()) {
                csv.add(csvRow(section, buyer.isRegistered() ? buyer.gstin().value() : "", note.number().text(),
                        note.issuedAt(), invoice.number().text(), note.totals().totalPaise(), pos, invoice.supplyType(),
                        rate.getValue()));
            }
            for (TaxedLine line : note.lines()) {
                addHsn(hsn, line, -1);
            }
        }

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gstin", terms.supplier().gstin().value());
        json.put("fp", String.format("%02d%d", month.getMonthValue(), month.getYear()));
        List<Object> b2bOut = new ArrayList<>();
        b2b.forEach((ctin, inv) -> b2bOut.add(map("ctin", ctin, "inv", inv)));
        json.put("b2b", b2bOut);
        List<Object> b2clOut = new ArrayList<>();
        b2cl.forEach((pos, inv) -> b2clOut.add(map("pos", pos, "inv", inv)));
        json.put("b2cl", b2clOut);
        json.put("b2cs", new ArrayList<Object>(b2cs.values()));
        List<Object> cdnrOut = new ArrayList<>();
        cdnr.forEach((ctin, nt) -> cdnrOut.add(map("ctin", ctin, "nt", nt)));
        json.put("cdnr", cdnrOut);
        json.put("cdnur", cdnur);
        List<Object> hsnData = new ArrayList<>();
        int num = 1;
        for (var row : hsn.values()) {
            row.put("num", num++);
            hsnData.add(row);
        }
        json.put("hsn", map("data", hsnData));
        return new Gstr1(month, json, String.join("\n", csv) + "\n");
    }

    private static boolean isB2cl(Invoice invoice) {
        return invoice.supplyType() == SupplyType.INTER_STATE && invoice.totals().totalPaise() > B2CL_THRESHOLD_PAISE;
    }

    /** Per rate: taxable, igst, cgst, sgst summed over the lines taxed at it. */
    private static Map<GstRate, long[]> byRate(List<TaxedLine> lines) {
        Map<GstRate, long[]> rates = new TreeMap<>((a, b) -> Integer.compare(a.basisPoints(), b.basisPoints()));
        for (TaxedLine line : lines) {
            long[] sums = rates.computeIfAbsent(line.rate(), r -> new long[5]);
            sums[0] += line.taxablePaise();
            sums[1] += line.igstPaise();
            sums[2] += line.cgstPaise();
            sums[3] += line.sgstPaise();
            sums[4] = line.rate().basisPoints();
        }
        return rates;
    }

    private static List<Object> items(List<TaxedLine> lines, boolean intra) {
        List<Object> items = new ArrayList<>();
        int num = 1;
        for (var rate : byRate(lines).entrySet()) {
            long[] s = rate.getValue();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("txval", rupees(s[0]));
            detail.put("rt", rate.getKey().percent());
            if (intra) {
                detail.put("camt", rupees(s[2]));
                detail.put("samt", rupees(s[3]));
            } else {
                detail.put("iamt", rupees(s[1]));
            }
            detail.put("csamt", rupees(0));
            items.add(map("num", num++, "itm_det", detail));
        }
        return items;
    }

    private Map<String, Object> document(Invoice invoice, boolean registered) {
        Map<String, Object> inv = new LinkedHashMap<>();
        inv.put("inum", invoice.number().text());
        inv.put("idt", DATE.format(invoice.issuedAt().atZone(terms.businessZone())));
        inv.put("val", rupees(invoice.totals().totalPaise()));
        if (registered) {
            inv.put("pos", invoice.placeOfSupply().code());
            inv.put("rchrg", invoice.reverseCharge() ? "Y" : "N");
            inv.put("inv_typ", "R");
        }
        inv.put("itms", items(invoice.lines(), invoice.supplyType() == SupplyType.INTRA_STATE));
        return inv;
    }

    private Map<String, Object> note(CreditNote note, Invoice invoice) {
        Map<String, Object> nt = new LinkedHashMap<>();
        nt.put("ntty", "C");
        nt.put("nt_num", note.number().text());
        nt.put("nt_dt", DATE.format(note.issuedAt().atZone(terms.businessZone())));
        nt.put("val", rupees(note.totals().totalPaise()));
        nt.put("pos", invoice.placeOfSupply().code());
        nt.put("rchrg", "N");
        nt.put("itms", items(note.lines(), invoice.supplyType() == SupplyType.INTRA_STATE));
        return nt;
    }

    private static void addB2cs(Map<String, Map<String, Object>> b2cs, SupplyType supply, String pos, long[] sums, int sign) {
        String key = supply + "|" + pos + "|" + sums[4];
        var row = b2cs.computeIfAbsent(key, k -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("sply_ty", supply == SupplyType.INTRA_STATE ? "INTRA" : "INTER");
            r.put("pos", pos);
            r.put("typ", "OE");
            r.put("txval", rupees(0));
            r.put("rt", new GstRate((int) sums[4]).percent());
            r.put("iamt", rupees(0));
            r.put("camt", rupees(0));
            r.put("samt", rupees(0));
            r.put("csamt", rupees(0));
            return r;
        });
        add(row, "txval", sign * sums[0]);
        add(row, "iamt", sign * sums[1]);
        add(row, "camt", sign * sums[2]);
        add(row, "samt", sign * sums[3]);
    }

    private static void addHsn(Map<String, Map<String, Object>> hsn, TaxedLine line, int sign) {
        String key = line.sacCode() + "|" + String.format("%05d", line.rate().basisPoints());
        var row = hsn.computeIfAbsent(key, k -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("num", 0);
            r.put("hsn_sc", line.sacCode());
            r.put("desc", line.sacCode().equals(HsnSac.COACHING) ? "Commercial training and coaching services" : line.description());
            r.put("uqc", "NA");
            r.put("qty", 0L);
            r.put("rt", line.rate().percent());
            r.put("val", rupees(0));
            r.put("txval", rupees(0));
            r.put("iamt", rupees(0));
            r.put("camt", rupees(0));
            r.put("samt", rupees(0));
            r.put("csamt", rupees(0));
            return r;
        });
        row.put("qty", (Long) row.get("qty") + sign * line.quantity());
        add(row, "val", sign * line.totalPaise());
        add(row, "txval", sign * line.taxablePaise());
        add(row, "iamt", sign * line.igstPaise());
        add(row, "camt", sign * line.cgstPaise());
        add(row, "samt", sign * line.sgstPaise());
    }

    private static void add(Map<String, Object> row, String field, long paise) {
        row.put(field, ((BigDecimal) row.get(field)).add(rupees(paise)));
    }

    private String csvRow(String section, String gstin, String number, Instant at, String original, long value,
                          String pos, SupplyType supply, long[] sums) {
        return String.join(",", section, gstin, number, DATE.format(at.atZone(terms.businessZone())), original,
                rupees(value).toPlainString(), pos, supply.name(), new GstRate((int) sums[4]).percent().toPlainString(),
                rupees(sums[0]).toPlainString(), rupees(sums[1]).toPlainString(), rupees(sums[2]).toPlainString(),
                rupees(sums[3]).toPlainString());
    }

    static BigDecimal rupees(long paise) {
        return BigDecimal.valueOf(paise, 2);
    }

    private static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static Map<String, Object> map(String k1, Object v1) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        return m;
    }
}
