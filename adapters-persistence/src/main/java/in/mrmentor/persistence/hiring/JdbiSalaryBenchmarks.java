package in.mrmentor.persistence.hiring;

import in.mrmentor.hiring.SalaryBenchmark;
import in.mrmentor.hiring.port.SalaryBenchmarks;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiSalaryBenchmarks implements SalaryBenchmarks {
    private final Jdbi jdbi;

    public JdbiSalaryBenchmarks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void put(SalaryBenchmark b) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO salary_benchmarks (role_key, location_key, role, location, p25_paise, "
                        + "p50_paise, p75_paise, sample_size, source, updated_at) VALUES (:roleKey, :locationKey, :role, "
                        + ":location, :p25, :p50, :p75, :sample, :source, now()) ON CONFLICT (role_key, location_key) "
                        + "DO UPDATE SET role = EXCLUDED.role, location = EXCLUDED.location, p25_paise = EXCLUDED.p25_paise, "
                        + "p50_paise = EXCLUDED.p50_paise, p75_paise = EXCLUDED.p75_paise, "
                        + "sample_size = EXCLUDED.sample_size, source = EXCLUDED.source, updated_at = now()")
                .bind("roleKey", SalaryBenchmark.keyOf(b.role())).bind("locationKey", SalaryBenchmark.keyOf(b.location()))
                .bind("role", b.role()).bind("location", b.location()).bind("p25", b.p25Paise())
                .bind("p50", b.p50Paise()).bind("p75", b.p75Paise()).bind("sample", b.sampleSize())
                .bind("source", b.source())
                .execute());
    }

    @Override
    public Optional<SalaryBenchmark> find(String role, String location) {
        return jdbi.withHandle(h -> h.createQuery("SELECT role, location, p25_paise, p50_paise, p75_paise, sample_size, "
                        + "source FROM salary_benchmarks WHERE role_key = :role AND location_key = :location")
                .bind("role", SalaryBenchmark.keyOf(role)).bind("location", SalaryBenchmark.keyOf(location))
                .map((rs, ctx) -> new SalaryBenchmark(rs.getString("role"), rs.getString("location"),
                        rs.getLong("p25_paise"), rs.getLong("p50_paise"), rs.getLong("p75_paise"),
                        rs.getInt("sample_size"), rs.getString("source")))
                .findOne());
    }
}
