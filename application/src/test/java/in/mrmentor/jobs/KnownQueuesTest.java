package in.mrmentor.jobs;

import in.mrmentor.jobs.port.QueueAdministration;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.HealthCheck;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnownQueuesTest {

    /** A queue store holding jobs of one type the platform does not define itself. */
    private final KnownQueues known = new KnownQueues(new QueueAdministration() {
        @Override
        public List<QueueStats> stats() {
            return List.of(QueueStats.empty("email"), new QueueStats("legacyImport", 0, 0, 0, 2));
        }

        @Override
        public List<DeadJob> deadJobs(String type, PageRequest<TimeKey> page) {
            return List.of();
        }

        @Override
        public boolean retryDead(String type, UUID id) {
            return false;
        }

        @Override
        public HealthCheck healthCheck() {
            throw new UnsupportedOperationException();
        }
    });

    @Test
    void thePlatformsTypesAreKnownEvenWhileEmpty() {
        assertThat(known.require("cleanup")).isEqualTo("cleanup");
        assertThat(known.require("email")).isEqualTo("email");
    }

    @Test
    void aTypeWithStoredJobsIsKnown() {
        assertThat(known.require("legacyImport")).isEqualTo("legacyImport");
    }

    @Test
    void anyOtherNameIsNotFound() {
        for (String name : List.of("not-a-uuid", "nosuchqueue", "emails")) {
            assertThatThrownBy(() -> known.require(name)).as(name)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("QUEUE_NOT_FOUND");
                        assertThat(e.detail()).contains("cleanup", "email", "legacyImport");
                    });
        }
    }

    @Test
    void aNameNoQueueCanHaveIsInvalid() {
        for (String name : List.of("a b", "", "no such queue!")) {
            assertThatThrownBy(() -> known.require(name)).as(name)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VALIDATION_FAILED"));
        }
    }
}
