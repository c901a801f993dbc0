package in.mrmentor.program.port;

import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.DiscountRequest;
import in.mrmentor.program.DiscountStatus;
import in.mrmentor.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static in.mrmentor.program.ProgramTestData.NOW;
import static in.mrmentor.program.ProgramTestData.aBatch;
import static in.mrmentor.program.ProgramTestData.anApplication;
import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link DiscountRequests} adapter has. */
public abstract class DiscountRequestsContract {

    protected abstract ProgramStores stores();

    private DiscountRequest aRequest(UUID application, UUID by, int secondsLater) {
        return new DiscountRequest(UUID.randomUUID(), application, 100_000, "scholarship", DiscountStatus.PENDING, by,
                NOW.plusSeconds(secondsLater), null, null, null);
    }

    @Test
    void anApplicationHasOneDiscountAtATimeAndARejectedOneFreesIt() {
        var stores = stores();
        var batch = aBatch(10, true);
        stores.batches().add(batch);
        var user = stores.aUser();
        var application = anApplication(user, batch, ApplicationStatus.APPROVED);
        stores.applications().add(application);
        var first = aRequest(application.id(), user, 0);
        assertThat(stores.discounts().add(first)).isTrue();
        assertThat(stores.discounts().add(aRequest(application.id(), user, 1))).isFalse();

        stores.discounts().replace(first.decided(DiscountStatus.REJECTED, user, "no", NOW));
        var second = aRequest(application.id(), user, 2);
        assertThat(stores.discounts().add(second)).isTrue();
        assertThat(stores.discounts().approvedFor(application.id())).isEmpty();
        var approved = second.decided(DiscountStatus.APPROVED, user, null, NOW.plusSeconds(3));
        stores.discounts().replace(approved);

        assertThat(stores.discounts().approvedFor(application.id())).contains(approved);
        assertThat(stores.discounts().add(aRequest(application.id(), user, 4))).isFalse();
        assertThat(stores.discounts().page(null, PageRequest.first(200))).extracting(DiscountRequest::id)
                .containsSubsequence(second.id(), first.id());
        assertThat(stores.discounts().page(DiscountStatus.REJECTED, PageRequest.first(200))).extracting(DiscountRequest::id)
                .contains(first.id()).doesNotContain(second.id());
    }
}
