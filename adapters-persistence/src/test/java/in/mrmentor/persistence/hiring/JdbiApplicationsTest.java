package in.mrmentor.persistence.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import in.mrmentor.hiring.HiringTestData;
import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.ApplicationsContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiApplicationsTest extends ApplicationsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Applications newApplications() {
        return new JdbiApplications(database.jdbi());
    }

    @Override
    protected UUID aPost() {
        return HiringRows.post(database.jdbi(), Platform.MR_MENTOR);
    }

    @Test
    void candidatesRacingWithTheSamePhoneLeaveOneApplication() throws Exception {
        var applications = newApplications();
        UUID post = aPost();
        int racers = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Optional<UUID>>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                var application = HiringTestData.application(post, "racer" + i + "@example.com", "+919876543210",
                        HiringTestData.NOW);
                Callable<Optional<UUID>> apply = () -> {
                    start.await();
                    return applications.addUnlessDuplicate(application, HiringTestData.applied(HiringTestData.NOW));
                };
                outcomes.add(pool.submit(apply));
            }
            start.countDown();
            int stored = 0;
            for (var outcome : outcomes) {
                if (outcome.get().isEmpty()) {
                    stored++;
                }
            }
            assertThat(stored).isEqualTo(1);
            assertThat(applications.idsOfPost(post)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
