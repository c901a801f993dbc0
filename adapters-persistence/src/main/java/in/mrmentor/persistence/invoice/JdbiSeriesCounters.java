package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.invoice.port.SeriesCounters;
import org.jdbi.v3.core.Jdbi;

/**
 * One upsert takes the next number: the first issuer of a year inserts 1, every later one increments
 * under the row lock the upsert takes and holds until its transaction ends. Two racing issuers of a
 * fresh year meet on the primary key, and the second waits for the first, then increments.
 */
public final class JdbiSeriesCounters implements SeriesCounters {
    private final Jdbi jdbi;

    public JdbiSeriesCounters(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long next(String prefix, FinancialYear year) {
        return jdbi.withHandle(h -> h.createQuery("INSERT INTO superadmin.invoice_series_counters (prefix, fy, last_number) "
                        + "VALUES (:prefix, :fy, 1) ON CONFLICT (prefix, fy) DO UPDATE "
                        + "SET last_number = superadmin.invoice_series_counters.last_number + 1 RETURNING last_number")
                .bind("prefix", prefix).bind("fy", year.startYear()).mapTo(Long.class).one());
    }

    @Override
    public long last(String prefix, FinancialYear year) {
        return jdbi.withHandle(h -> h.createQuery("SELECT last_number FROM superadmin.invoice_series_counters "
                        + "WHERE prefix = :prefix AND fy = :fy")
                .bind("prefix", prefix).bind("fy", year.startYear()).mapTo(Long.class).findOne().orElse(0L));
    }

    @Override
    public java.util.List<FinancialYear> years() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT fy FROM superadmin.invoice_series_counters ORDER BY fy")
                .map((rs, ctx) -> new FinancialYear(rs.getInt("fy"))).list());
    }
}
