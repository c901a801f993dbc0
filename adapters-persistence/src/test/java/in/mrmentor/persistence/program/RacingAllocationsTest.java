package in.mrmentor.persistence.program;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.program.AllocateBatch;
import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.ProgramEnrollment;
import in.mrmentor.program.ProgramErrors;
import in.mrmentor.program.ProgramTestData;
import in.mrmentor.program.SeatingPolicies;
import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PROGRAMS.md: a batch is never allocated above its capacity, whatever the concurrency. Real threads
 * race paid allocations and PAP enrollments of one batch on PostgreSQL; exactly its capacity wins
 * and every other one is refused with BATCH_FULL, leaving its application as it was.
 */
class RacingAllocationsTest {
    private static final int CAPACITY = 3;
    private static final int RACERS = 10;

    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @RepeatedTest(2)
    void racingAllocationsNeverOverfillABatch() throws Exception {
        var stores = JdbiProgramStores.over(database.jdbi());
        var clock = Clock.tickMillis(ZoneOffset.UTC);
        var batch = ProgramTestData.aBatch(CAPACITY, true);
        stores.batches().add(batch);
        List<UUID> applications = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            var status = i % 2 == 0 ? ApplicationStatus.PAID : ApplicationStatus.APPROVED;
            var application = ProgramTestData.anApplication(stores.aUser(), batch, status);
            stores.applications().add(application);
            applications.add(application.id());
        }
        var allocate = new AllocateBatch(stores.applications(), stores.batches(), new SeatingPolicies(),
                stores.transactions(), clock, in.mrmentor.notification.Notifier.none());
        var enrollment = new ProgramEnrollment(stores.applications(), stores.batches(), stores.transactions(), clock, in.mrmentor.notification.Notifier.none());
        UUID admin = stores.aUser();
        var pool = Executors.newFixedThreadPool(RACERS);
        var start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            UUID id = applications.get(i);
            boolean paid = i % 2 == 0;
            Callable<String> racer = () -> {
                start.await();
                try {
                    if (paid) {
                        allocate.allocate(admin, id, null);
                    } else {
                        enrollment.enrollWithoutFee(id, admin, "pap");
                    }
                    return "SEATED";
                } catch (DomainException e) {
                    return e.code();
                }
            };
            outcomes.add(pool.submit(racer));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (var outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).filteredOn("SEATED"::equals).hasSize(CAPACITY);
        assertThat(results).filteredOn(r -> !r.equals("SEATED")).containsOnly(ProgramErrors.BATCH_FULL);
        assertThat(stores.applications().seated(batch.id())).isEqualTo(CAPACITY);
        long untouched = applications.stream().map(id -> stores.applications().find(id).orElseThrow().status())
                .filter(s -> s == ApplicationStatus.PAID || s == ApplicationStatus.APPROVED).count();
        assertThat(untouched).isEqualTo(RACERS - CAPACITY);
    }
}
