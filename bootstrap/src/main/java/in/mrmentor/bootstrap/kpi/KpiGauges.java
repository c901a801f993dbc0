package in.mrmentor.bootstrap.kpi;

import in.mrmentor.identity.Role;
import in.mrmentor.kpi.KpiSnapshot;
import in.mrmentor.kpi.LatestKpis;
import in.mrmentor.mail.OutboxEntry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Publishes the last <em>stored</em> {@code kpi} snapshot as gauges. The recurring job takes it in one
 * process per interval; every process reads it back from the database, so all instances report the
 * same figures and a restarted one shows them at once. One read serves a scrape ({@link #FRESH_FOR}).
 */
final class KpiGauges {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final LatestKpis latestKpis;
    private Optional<KpiSnapshot> latest = Optional.empty();
    private long readAtNanos;
    private boolean read;

    KpiGauges(LatestKpis latestKpis) {
        this.latestKpis = latestKpis;
    }

    void bindTo(MeterRegistry registry) {
        for (Role role : Role.values()) {
            gauge(registry, "mas.kpi.users", snapshot -> snapshot.usersByRole().getOrDefault(role, 0L))
                    .tag("role", role.name()).description("Users per role at the last kpi snapshot").register(registry);
        }
        for (OutboxEntry.Status status : OutboxEntry.Status.values()) {
            gauge(registry, "mas.kpi.outbox", snapshot -> snapshot.outboxByStatus().getOrDefault(status, 0L))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Mail in the outbox per status at the last kpi snapshot").register(registry);
        }
        Gauge.builder("mas.kpi.snapshot.taken", this,
                        gauges -> gauges.current().map(s -> s.takenAt().getEpochSecond() + 0.0).orElse(Double.NaN))
                .strongReference(true)
                .description("When the published kpi snapshot was taken (Unix seconds)").register(registry);
    }

    private Gauge.Builder<KpiGauges> gauge(MeterRegistry registry, String name, ToDoubleFunction<KpiSnapshot> figure) {
        // NaN only while no snapshot was ever stored (or the database is out of reach): never a false 0.
        // Held strongly: nothing else keeps this object, and a weakly held one would be collected into NaN.
        return Gauge.builder(name, this, gauges -> gauges.current().map(figure::applyAsDouble).orElse(Double.NaN))
                .strongReference(true);
    }

    private synchronized Optional<KpiSnapshot> current() {
        long now = System.nanoTime();
        if (!read || now - readAtNanos > FRESH_FOR.toNanos()) {
            try {
                latest = latestKpis.latest();
            } catch (RuntimeException databaseDown) {
                latest = Optional.empty();
            }
            readAtNanos = now;
            read = true;
        }
        return latest;
    }
}
