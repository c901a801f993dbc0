package in.mrmentor.hiring.port;

import static org.assertj.core.api.Assertions.assertThat;

import in.mrmentor.hiring.SalaryBenchmark;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SalaryBenchmarks} adapter shares. */
public abstract class SalaryBenchmarksContract {

    protected abstract SalaryBenchmarks newBenchmarks();

    @Test
    void oneBenchmarkPerRoleAndLocationFoundWithoutRegardToCase() {
        var benchmarks = newBenchmarks();
        benchmarks.put(new SalaryBenchmark("Backend Engineer", "Bengaluru", 100, 200, 300, 10, "survey"));
        benchmarks.put(new SalaryBenchmark("Data Analyst", "Bengaluru", 50, 60, 70, 5, "survey"));
        assertThat(benchmarks.find(" backend engineer ", "BENGALURU")).hasValueSatisfying(b -> {
            assertThat(b.p50Paise()).isEqualTo(200);
            assertThat(b.sampleSize()).isEqualTo(10);
        });
        benchmarks.put(new SalaryBenchmark("backend engineer", "bengaluru", 110, 210, 310, 12, "2026"));
        assertThat(benchmarks.find("Backend Engineer", "Bengaluru")).hasValueSatisfying(b -> {
            assertThat(b.p50Paise()).isEqualTo(210);
            assertThat(b.source()).isEqualTo("2026");
        });
        assertThat(benchmarks.find("Backend Engineer", "Pune")).isEmpty();
    }
}
