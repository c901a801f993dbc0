package in.mrmentor.hiring;

import in.mrmentor.hiring.port.SalaryBenchmarks;
import in.mrmentor.shared.Validation;

/** The benchmark of a role in a location. */
public final class FindSalaryBenchmark {
    private final SalaryBenchmarks benchmarks;

    public FindSalaryBenchmark(SalaryBenchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    public SalaryBenchmark find(String role, String location) {
        new Validation().requireText(role, "role", 200).requireText(location, "location", 200).orThrow();
        return benchmarks.find(role, location).orElseThrow(HiringErrors::salaryBenchmarkNotFound);
    }
}
