package in.mrmentor.bootstrap.kpi;

import in.mrmentor.identity.Role;
import in.mrmentor.kpi.KpiSnapshot;
import in.mrmentor.mail.OutboxEntry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes the latest {@code kpi} snapshot as gauges. The recurring job runs in one process per
 * interval, so only that process's gauges move; dashboards should take the maximum across instances.
 */
final class KpiGauges {
    private final AtomicReference<KpiSnapshot> latest = new AtomicReference<>();

    KpiGauges(MeterRegistry registry) {
        for (Role role : Role.values()) {
            Gauge.builder("mas.kpi.users", latest, ref -> ref.get() == null ? Double.NaN
                            : ref.get().usersByRole().getOrDefault(role, 0L))
                    .tag("role", role.name()).description("Users per role at the last kpi snapshot").register(registry);
        }
        for (OutboxEntry.Status status : OutboxEntry.Status.values()) {
            Gauge.builder("mas.kpi.outbox", latest, ref -> ref.get() == null ? Double.NaN
                            : ref.get().outboxByStatus().getOrDefault(status, 0L))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Mail in the outbox per status at the last kpi snapshot").register(registry);
        }
    }

    void publish(KpiSnapshot snapshot) {
        latest.set(snapshot);
    }
}
