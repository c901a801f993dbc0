package in.mrmentor.token.port;

import in.mrmentor.shared.PageWalk;
import in.mrmentor.token.ListTokenRequests;
import in.mrmentor.config.FeatureFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.AllotmentRequest;
import in.mrmentor.token.AllotmentStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link AllotmentRequests} must do. */
public abstract class AllotmentRequestsContract {
    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    protected AllotmentRequests requests;
    protected Transactions transactions;

    protected abstract AllotmentRequests newRequests();

    protected abstract Transactions transactionsFor(AllotmentRequests requests);

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    @BeforeEach
    void freshRequests() {
        requests = newRequests();
        transactions = transactionsFor(requests);
    }

    private AllotmentRequest pending(UUID user, Instant at) {
        return AllotmentRequest.open(UUID.randomUUID(), user, 10, "for the mock interview", null, at);
    }

    @Test
    void anAddedRequestIsLockedBackAsItWasAdded() {
        var request = AllotmentRequest.open(UUID.randomUUID(), aUser(), 25, "cohort B", UUID.randomUUID(), T0);

        requests.add(request);

        assertThat(transactions.inTransaction(() -> requests.lock(request.id()))).contains(request);
    }

    @Test
    void lockingAnUnknownRequestFindsNothing() {
        requests.add(pending(aUser(), T0));

        assertThat(requests.lock(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aDecisionReplacesTheStatusTheDeciderTheNoteAndTheTime() {
        var request = pending(aUser(), T0);
        requests.add(request);
        UUID admin = aUser();

        var approved = request.decide(AllotmentStatus.APPROVED, admin, "well argued", T0.plusSeconds(60));
        requests.replace(approved);

        assertThat(requests.lock(request.id())).contains(approved);
    }

    @Test
    void aDecisionInARolledBackUnitOfWorkIsUndone() {
        var request = pending(aUser(), T0);
        requests.add(request);
        UUID admin = aUser();

        assertThatThrownBy(() -> transactions.run(() -> {
            var locked = requests.lock(request.id()).orElseThrow();
            requests.replace(locked.decide(AllotmentStatus.REJECTED, admin, null, T0.plusSeconds(60)));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(requests.lock(request.id())).contains(request);
    }

    @Test
    void theListWithoutAStatusHoldsEveryRequestNewestFirst() {
        UUID user = aUser();
        var oldest = pending(user, T0);
        var newest = pending(aUser(), T0.plusSeconds(120));
        var middle = pending(user, T0.plusSeconds(60)).decide(AllotmentStatus.REJECTED, aUser(), "no", T0.plusSeconds(90));
        requests.add(oldest);
        requests.add(newest);
        requests.add(middle);

        assertThat(requests.list(null, PageRequest.first(10))).containsExactly(newest, middle, oldest);
    }

    @Test
    void theListForAStatusHoldsOnlyRequestsInThatStatus() {
        UUID admin = aUser();
        var waiting = pending(aUser(), T0);
        var approved = pending(aUser(), T0.plusSeconds(1)).decide(AllotmentStatus.APPROVED, admin, null, T0.plusSeconds(5));
        var rejected = pending(aUser(), T0.plusSeconds(2)).decide(AllotmentStatus.REJECTED, admin, "no", T0.plusSeconds(5));
        requests.add(waiting);
        requests.add(approved);
        requests.add(rejected);

        assertThat(requests.list(AllotmentStatus.PENDING, PageRequest.first(10))).containsExactly(waiting);
        assertThat(requests.list(AllotmentStatus.APPROVED, PageRequest.first(10))).containsExactly(approved);
        assertThat(requests.list(AllotmentStatus.REJECTED, PageRequest.first(10))).containsExactly(rejected);
    }

    @Test
    void theListStopsOneBeyondTheLimitKeepingTheNewest() {
        UUID user = aUser();
        for (int i = 0; i < 5; i++) {
            requests.add(pending(user, T0.plusSeconds(i)));
        }

        // The one beyond the limit tells the use case another page exists.
        assertThat(requests.list(null, PageRequest.first(3))).extracting(AllotmentRequest::createdAt)
                .containsExactly(T0.plusSeconds(4), T0.plusSeconds(3), T0.plusSeconds(2), T0.plusSeconds(1));
    }

    @Test
    void requestsMadeAtTheSameMomentAreListedInIdOrder() {
        UUID user = aUser();
        var b = sameMoment(user, "00000000-0000-4000-8000-00000000000b");
        var c = sameMoment(user, "00000000-0000-4000-8000-00000000000c");
        var a = sameMoment(user, "00000000-0000-4000-8000-00000000000a");
        requests.add(b);
        requests.add(c);
        requests.add(a);

        assertThat(requests.list(null, PageRequest.first(10))).containsExactly(a, b, c);
    }

    private static AllotmentRequest sameMoment(UUID user, String id) {
        return AllotmentRequest.open(UUID.fromString(id), user, 1, "same moment", null, T0);
    }

    @Test
    void aDecidedRequestLeavesThePendingList() {
        var request = pending(aUser(), T0);
        requests.add(request);

        requests.replace(request.decide(AllotmentStatus.APPROVED, aUser(), null, T0.plusSeconds(60)));

        assertThat(requests.list(AllotmentStatus.PENDING, PageRequest.first(10))).isEmpty();
        assertThat(requests.list(AllotmentStatus.APPROVED, PageRequest.first(10))).extracting(AllotmentRequest::id)
                .containsExactly(request.id());
    }

    @Test
    void pagingThroughTheRequestsSeesEveryRequestOnceWhileRequestsAreAdded() {
        UUID user = aUser();
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var request = pending(user, T0.plusSeconds(i < 4 ? 0 : i));
            requests.add(request);
            made.add(request.id());
        }
        int[] added = {0};
        Runnable oneMore = () -> requests.add(pending(user, T0.plusSeconds(added[0]++ % 9)));

        var list = new ListTokenRequests(requests, FeatureFlags.of(Map.of()));
        assertThat(PageWalk.of(cursor -> list.list(null, 2, cursor), oneMore).seenAs(AllotmentRequest::id))
                .containsAll(made);
    }
}
