package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.SalaryBenchmark;
import in.mrmentor.hiring.port.SalaryBenchmarks;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySalaryBenchmarks implements SalaryBenchmarks {
    private final Map<String, SalaryBenchmark> rows = new ConcurrentHashMap<>();

    @Override
    public void put(SalaryBenchmark benchmark) {
        rows.put(key(benchmark.role(), benchmark.location()), benchmark);
    }

    @Override
    public Optional<SalaryBenchmark> find(String role, String location) {
        return Optional.ofNullable(rows.get(key(role, location)));
    }

    private static String key(String role, String location) {
        return SalaryBenchmark.keyOf(role) + "\u0000" + SalaryBenchmark.keyOf(location);
    }
}
