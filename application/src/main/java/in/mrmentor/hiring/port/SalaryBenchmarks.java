package in.mrmentor.hiring.port;

import in.mrmentor.hiring.SalaryBenchmark;
import java.util.Optional;

/** Salary benchmarks, one per role and location (matched without regard to case). */
public interface SalaryBenchmarks {

    /** Adds the benchmark or replaces the one of the same role and location. */
    void put(SalaryBenchmark benchmark);

    Optional<SalaryBenchmark> find(String role, String location);
}
