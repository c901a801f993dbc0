package in.mrmentor.slot.port;

import in.mrmentor.shared.PageWalk;
import in.mrmentor.slot.ListSlotRequests;
import java.util.ArrayList;
import java.util.List;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.slot.SlotRequest;
import in.mrmentor.slot.SlotRequestStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link SlotRequests} must do. */
public abstract class SlotRequestsContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected SlotRequests requests;

    protected abstract SlotRequests newRequests();

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    /** A slot id the store accepts (PostgreSQL needs the slots row). */
    protected abstract UUID aSlot();

    @BeforeEach
    void freshRequests() {
        requests = newRequests();
    }

    private static SlotRequest requested(UUID student, UUID mentor, Instant createdAt) {
        return new SlotRequest(UUID.randomUUID(), student, mentor, NOW.plus(Duration.ofDays(2)), "Mock interview?",
                SlotRequestStatus.MEETING_REQUESTED, null, createdAt);
    }

    @Test
    void anAddedRequestReadsBackEqualAndAnUnknownOneIsAbsent() {
        var request = requested(aUser(), aUser(), NOW);

        requests.add(request);

        assertThat(requests.lock(request.id())).contains(request);
        assertThat(requests.lock(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aStudentsRequestsListOldestFirstFilteredByStatusAndAWithdrawalIsStored() {
        UUID student = aUser();
        var first = requested(student, aUser(), NOW);
        var second = requested(student, aUser(), NOW.plusSeconds(1));
        requests.add(second);
        requests.add(first);
        requests.add(requested(aUser(), aUser(), NOW));
        requests.update(second.withdrawn());

        assertThat(requests.forStudent(student, null, PageRequest.first(10)))
                .containsExactly(first, second.withdrawn());
        assertThat(requests.forStudent(student, SlotRequestStatus.WITHDRAWN, PageRequest.first(10)))
                .containsExactly(second.withdrawn());
        assertThat(requests.countOpen(student)).isEqualTo(1);
    }

    @Test
    void anUpdateStoresTheDecisionAndTheAcceptedSlot() {
        UUID mentor = aUser();
        var accepted = requested(aUser(), mentor, NOW);
        var declined = requested(aUser(), mentor, NOW);
        requests.add(accepted);
        requests.add(declined);
        UUID slot = aSlot();

        requests.update(accepted.acceptedAs(slot));
        requests.update(declined.declined());

        assertThat(requests.lock(accepted.id())).contains(accepted.acceptedAs(slot));
        assertThat(requests.lock(declined.id())).contains(declined.declined());
    }

    @Test
    void aMentorsRequestsComeOldestFirstOptionallyOfOneStatus() {
        UUID mentor = aUser();
        var newest = requested(aUser(), mentor, NOW.plus(Duration.ofMinutes(2)));
        var oldest = requested(aUser(), mentor, NOW);
        var middle = requested(aUser(), mentor, NOW.plus(Duration.ofMinutes(1)));
        requests.add(newest);
        requests.add(oldest);
        requests.add(middle);
        requests.add(requested(aUser(), aUser(), NOW.minus(Duration.ofMinutes(1))));
        requests.update(middle.declined());

        assertThat(requests.forMentor(mentor, null, PageRequest.first(50))).extracting(SlotRequest::id)
                .containsExactly(oldest.id(), middle.id(), newest.id());
        assertThat(requests.forMentor(mentor, SlotRequestStatus.MEETING_REQUESTED, PageRequest.first(50))).containsExactly(oldest, newest);
        assertThat(requests.forMentor(mentor, SlotRequestStatus.DECLINED, PageRequest.first(50))).containsExactly(middle.declined());
        assertThat(requests.forMentor(mentor, SlotRequestStatus.CONFIRMED, PageRequest.first(50))).isEmpty();
        // A port answers one request beyond the limit: that one tells the use case another page exists.
        assertThat(requests.forMentor(mentor, null, PageRequest.first(1))).containsExactly(oldest, middle.declined());
        assertThat(requests.forMentor(mentor, null, new PageRequest<>(new TimeKey(oldest.createdAt(), oldest.id()), 1)))
                .containsExactly(middle.declined(), newest);
    }

    @Test
    void onlyAStudentsRequestedMeetingsCountAsOpen() {
        UUID student = aUser();
        UUID mentor = aUser();
        var accepted = requested(student, mentor, NOW);
        var declined = requested(student, mentor, NOW);
        requests.add(requested(student, mentor, NOW));
        requests.add(requested(student, aUser(), NOW));
        requests.add(accepted);
        requests.add(declined);
        requests.add(requested(aUser(), mentor, NOW));
        requests.update(accepted.acceptedAs(aSlot()));
        requests.update(declined.declined());

        assertThat(requests.countOpen(student)).isEqualTo(2);
        assertThat(requests.countOpen(aUser())).isZero();
    }

    @Test
    void pagingThroughAMentorsRequestsSeesEveryRequestOnceWhileRequestsAreAdded() {
        UUID mentor = aUser();
        UUID student = aUser();
        Instant sameMoment = Instant.parse("2026-11-23T10:00:00Z");
        List<UUID> sent = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var request = requested(student, mentor, i < 4 ? sameMoment : sameMoment.plusSeconds(i));
            requests.add(request);
            sent.add(request.id());
        }
        int[] added = {0};
        Runnable oneMore = () -> requests.add(requested(student, mentor, sameMoment.plusSeconds(added[0]++ % 9)));

        var list = new ListSlotRequests(requests);
        assertThat(PageWalk.of(cursor -> list.forMentor(mentor, null, 2, cursor), oneMore).seenAs(SlotRequest::id))
                .containsAll(sent);
    }
}
