package in.mrmentor.program.port;

import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.ApplicationTransition;
import in.mrmentor.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static in.mrmentor.program.ProgramTestData.NOW;
import static in.mrmentor.program.ProgramTestData.aBatch;
import static in.mrmentor.program.ProgramTestData.anApplication;
import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link ProgramApplications} adapter has. */
public abstract class ProgramApplicationsContract {

    protected abstract ProgramStores stores();

    @Test
    void aUserHasOneOpenApplicationPerBatchAndMayApplyAgainAfterARejection() {
        var stores = stores();
        var batch = aBatch(10, true);
        stores.batches().add(batch);
        var user = stores.aUser();
        var first = anApplication(user, batch, ApplicationStatus.DRAFT);
        assertThat(stores.applications().add(first)).isTrue();
        assertThat(stores.applications().add(anApplication(user, batch, ApplicationStatus.DRAFT))).isFalse();

        stores.applications().replace(first.movedTo(ApplicationStatus.SUBMITTED, NOW).movedTo(ApplicationStatus.REJECTED, NOW));

        assertThat(stores.applications().add(anApplication(user, batch, ApplicationStatus.DRAFT))).isTrue();
        assertThat(stores.applications().ofUser(user)).hasSize(2);
    }

    @Test
    void anApplicationReadsBackWithItsAnswersBillingAndHistory() {
        var stores = stores();
        var batch = aBatch(10, true);
        stores.batches().add(batch);
        var application = anApplication(stores.aUser(), batch, ApplicationStatus.DRAFT);
        stores.applications().add(application);
        var actor = application.userId();
        stores.applications().record(new ApplicationTransition(application.id(), null, ApplicationStatus.DRAFT, actor, NOW, null));
        stores.applications().record(new ApplicationTransition(application.id(), ApplicationStatus.DRAFT,
                ApplicationStatus.SUBMITTED, actor, NOW.plusSeconds(1), "done"));

        var read = stores.applications().find(application.id()).orElseThrow();
        assertThat(read.billing()).isEqualTo(application.billing());
        assertThat(read.answers()).contains("\"why\"").contains("\"data\"");
        assertThat(stores.applications().history(application.id())).extracting(ApplicationTransition::to)
                .containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED);
    }

    @Test
    void onlyAllocatedAndEnrolledApplicationsHoldSeats() {
        var stores = stores();
        var batch = aBatch(10, true);
        stores.batches().add(batch);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            stores.applications().add(anApplication(stores.aUser(), batch, status));
        }
        assertThat(stores.applications().seated(batch.id())).isEqualTo(2);
        assertThat(stores.applications().page(batch.id(), ApplicationStatus.ENROLLED, PageRequest.first(10))).hasSize(1);
        assertThat(stores.applications().page(batch.id(), null, PageRequest.first(200))).hasSize(ApplicationStatus.values().length);
    }
}
