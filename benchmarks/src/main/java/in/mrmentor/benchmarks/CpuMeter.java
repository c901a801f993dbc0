package in.mrmentor.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a phase's CPU went, from Linux's own accounting ({@code /proc}): this JVM (server and load
 * driver), the embedded PostgreSQL's processes (its postmaster and every child, found through the
 * pid in {@code postmaster.pid}), and the machine's idle time. A profile of the JVM alone cannot say
 * whether a phase was CPU-bound, or how the work split between Java and the database.
 */
final class CpuMeter {
    /** Clock ticks per second of {@code /proc}'s CPU times; 100 on every Linux the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final Path postgresData;

    CpuMeter(Path postgresData) {
        this.postgresData = postgresData;
    }

    record Sample(long jvmTicks, long postgresTicks, long busyTicks, long idleTicks, long nanos,
                  java.util.Map<String, Long> jvmThreads) {
    }

    /**
     * This JVM's CPU between two samples per kind of thread (the thread's name with its numbers
     * dropped: Jetty's request threads, GC, the JIT compilers, the job workers), in ms per booking,
     * most first. It sees what a Java profile cannot: GC, JIT and time in the kernel.
     */
    static java.util.List<java.util.Map.Entry<String, Double>> threadsBetween(Sample before, Sample after, int bookings) {
        java.util.Map<String, Double> perBooking = new java.util.HashMap<>();
        after.jvmThreads().forEach((kind, ticks) -> {
            long used = ticks - before.jvmThreads().getOrDefault(kind, 0L);
            if (used > 0) {
                perBooking.put(kind, millis(used) / Math.max(1, bookings));
            }
        });
        return perBooking.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).toList();
    }

    /** The CPU of one phase, per booking. */
    record Usage(double jvmMillis, double postgresMillis, double idlePercent, double clientMillis, int bookings) {
        double jvmPerBooking() {
            return jvmMillis / bookings;
        }

        double serverPerBooking() {
            return (jvmMillis - clientMillis) / bookings;
        }

        double postgresPerBooking() {
            return postgresMillis / bookings;
        }

        String describe() {
            return String.format("CPU per booking: JVM %.2f ms (load driver's client threads %.2f ms of it), "
                            + "PostgreSQL %.2f ms; machine idle %.0f %%", jvmPerBooking(), clientMillis / bookings,
                    postgresPerBooking(), idlePercent);
        }
    }

    Sample sample() {
        long[] machine = machineTicks();
        return new Sample(processTicks(Path.of("/proc/self/stat")), postgresTicks(), machine[0], machine[1],
                System.nanoTime(), threadTicks());
    }

    static Usage between(Sample before, Sample after, long clientNanos, int bookings) {
        double busy = after.busyTicks() - before.busyTicks();
        double idle = after.idleTicks() - before.idleTicks();
        return new Usage(millis(after.jvmTicks() - before.jvmTicks()), millis(after.postgresTicks() - before.postgresTicks()),
                busy + idle == 0 ? 0 : 100 * idle / (busy + idle), clientNanos / 1e6, Math.max(1, bookings));
    }

    /** CPU time the calling thread has used so far, in nanoseconds (the load driver's own share). */
    static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double millis(long ticks) {
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    private long postgresTicks() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0).trim());
            long total = 0;
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .toList()) {
                    String[] fields = statFields(process.resolve("stat"));
                    if (fields != null && (process.getFileName().toString().equals(Long.toString(postmaster))
                            || fields[1].equals(Long.toString(postmaster)))) {
                        total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                }
            }
            return total;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU ticks of this JVM's live threads, summed per kind (name without digits). */
    private static java.util.Map<String, Long> threadTicks() {
        java.util.Map<String, Long> ticks = new java.util.HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+", "#");
                    String[] fields = fieldsOf(stat);
                    ticks.merge(name, Long.parseLong(fields[11]), Long::sum);
                    ticks.merge(name + " (kernel)", Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return ticks;
    }

    private static long processTicks(Path stat) {
        String[] fields = statFields(stat);
        return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * The fields of {@code /proc/PID/stat} after the command name (which may hold spaces): index 0
     * is the state, 1 the parent pid, 11 and 12 user and system time.
     */
    private static String[] statFields(Path stat) {
        try {
            return fieldsOf(Files.readString(stat));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String[] fieldsOf(String statLine) {
        return statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
    }

    /** Busy and idle ticks of the whole machine, from the first line of {@code /proc/stat}. */
    private static long[] machineTicks() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] parts = lines.get(0).trim().split("\\s+");
            long idle = Long.parseLong(parts[4]) + Long.parseLong(parts[5]);
            long all = 0;
            for (int i = 1; i < Math.min(parts.length, 9); i++) {
                all += Long.parseLong(parts[i]);
            }
            return new long[] {all - idle, idle};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
