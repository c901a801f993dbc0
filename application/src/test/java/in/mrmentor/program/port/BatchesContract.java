package in.mrmentor.program.port;

import in.mrmentor.program.BatchStatus;
import in.mrmentor.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static in.mrmentor.program.ProgramTestData.aBatch;
import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link Batches} adapter has. */
public abstract class BatchesContract {

    protected abstract ProgramStores stores();

    @Test
    void aBatchCodeIsTakenOnce() {
        var stores = stores();
        var batch = aBatch(10, true);
        assertThat(stores.batches().add(batch)).isTrue();
        var same = new in.mrmentor.program.Batch(java.util.UUID.randomUUID(), batch.code(), "Other", batch.program(),
                batch.startDate(), 1, 1, false, BatchStatus.UPCOMING, batch.createdAt());
        assertThat(stores.batches().add(same)).isFalse();
        assertThat(stores.batches().findByCode(batch.code())).contains(batch);
        assertThat(stores.batches().find(same.id())).isEmpty();
    }

    @Test
    void aReplacedBatchReadsBackAsStored() {
        var stores = stores();
        var batch = aBatch(10, false);
        stores.batches().add(batch);
        var edited = batch.edited("Renamed", batch.startDate().plusDays(3), 7_000_000, 40, true).movedTo(BatchStatus.ACTIVE);
        stores.transactions().run(() -> {
            assertThat(stores.batches().lock(batch.id())).contains(batch);
            stores.batches().replace(edited);
        });
        assertThat(stores.batches().find(batch.id())).contains(edited);

        var admin = java.util.UUID.randomUUID();
        stores.batches().record(new in.mrmentor.program.BatchTransition(batch.id(), null, BatchStatus.UPCOMING, admin,
                batch.createdAt()));
        stores.batches().record(new in.mrmentor.program.BatchTransition(batch.id(), BatchStatus.UPCOMING,
                BatchStatus.ACTIVE, admin, batch.createdAt().plusSeconds(60)));
        assertThat(stores.batches().history(batch.id())).extracting(t -> t.to())
                .containsExactly(BatchStatus.UPCOMING, BatchStatus.ACTIVE);
        assertThat(stores.batches().history(batch.id()).get(1).actor()).isEqualTo(admin);
    }

    @Test
    void pagesAreOldestFirstAndFilteredByStatus() {
        var stores = stores();
        var first = aBatch(5, false);
        var second = aBatch(5, false);
        var third = aBatch(5, false);
        stores.batches().add(third);
        stores.batches().add(first);
        stores.batches().add(second);
        stores.batches().replace(second.movedTo(BatchStatus.CANCELLED));

        var all = stores.batches().page(Set.of(), PageRequest.first(200));
        assertThat(all).extracting(b -> b.id()).containsSubsequence(first.id(), second.id(), third.id());
        var open = stores.batches().page(EnumSet.of(BatchStatus.UPCOMING, BatchStatus.ACTIVE), PageRequest.first(200));
        assertThat(open).extracting(b -> b.id()).contains(first.id(), third.id()).doesNotContain(second.id());
    }
}
