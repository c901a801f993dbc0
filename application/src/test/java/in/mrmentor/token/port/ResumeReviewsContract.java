package in.mrmentor.token.port;

import in.mrmentor.token.ResumeReview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link ResumeReviews} must do. */
public abstract class ResumeReviewsContract {
    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    protected ResumeReviews reviews;

    protected abstract ResumeReviews newReviews();

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    @BeforeEach
    void freshReviews() {
        reviews = newReviews();
    }

    private static ResumeReview requested(UUID user, Instant at) {
        return new ResumeReview(UUID.randomUUID(), user, "https://cv.example/" + at.getEpochSecond(), "backend roles",
                ResumeReview.REQUESTED, at);
    }

    @Test
    void anAddedReviewKeepsItsLinkNotesStatusAndTime() {
        UUID user = aUser();
        var review = requested(user, T0);

        reviews.add(review);

        assertThat(reviews.ofUser(user)).containsExactly(review);
    }

    @Test
    void aReviewWithoutLinkOrNotesIsKeptWithoutThem() {
        UUID user = aUser();
        var bare = new ResumeReview(UUID.randomUUID(), user, null, null, ResumeReview.REQUESTED, T0);

        reviews.add(bare);

        assertThat(reviews.ofUser(user)).containsExactly(bare);
    }

    @Test
    void aUsersReviewsComeNewestFirst() {
        UUID user = aUser();
        var first = requested(user, T0);
        var third = requested(user, T0.plusSeconds(120));
        var second = requested(user, T0.plusSeconds(60));
        reviews.add(first);
        reviews.add(third);
        reviews.add(second);

        assertThat(reviews.ofUser(user)).containsExactly(third, second, first);
    }

    @Test
    void reviewsAskedForAtTheSameMomentComeInIdOrder() {
        UUID user = aUser();
        var b = sameMoment(user, "00000000-0000-4000-8000-00000000000b");
        var c = sameMoment(user, "00000000-0000-4000-8000-00000000000c");
        var a = sameMoment(user, "00000000-0000-4000-8000-00000000000a");
        reviews.add(b);
        reviews.add(c);
        reviews.add(a);

        assertThat(reviews.ofUser(user)).containsExactly(a, b, c);
    }

    private static ResumeReview sameMoment(UUID user, String id) {
        return new ResumeReview(UUID.fromString(id), user, null, null, ResumeReview.REQUESTED, T0);
    }

    @Test
    void aUserSeesOnlyTheirOwnReviews() {
        UUID mine = aUser();
        UUID theirs = aUser();
        var review = requested(mine, T0);
        reviews.add(review);
        reviews.add(requested(theirs, T0.plusSeconds(1)));

        assertThat(reviews.ofUser(mine)).containsExactly(review);
        assertThat(reviews.ofUser(aUser())).isEmpty();
    }
}
