package in.mrmentor.token;

import in.mrmentor.config.FeatureFlag;
import in.mrmentor.config.FeatureFlags;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.port.Ledger;
import in.mrmentor.token.port.ResumeReviews;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A user spends one resume token on a resume review ({@code ENABLE_RESUME_REVIEW_SPEND}). The ledger
 * locks the account's balance row, so however many requests race, each token pays for one review.
 */
public final class RequestResumeReview {

    public record Command(String resumeUrl, String notes) {
        public Command {
            new Validation()
                    .optionalText(resumeUrl, "resumeUrl", ResumeReview.MAX_URL_LENGTH)
                    .optionalText(notes, "notes", ResumeReview.MAX_NOTES_LENGTH)
                    .orThrow();
        }
    }

    private final Ledger ledger;
    private final ResumeReviews reviews;
    private final FeatureFlags flags;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public RequestResumeReview(Ledger ledger, ResumeReviews reviews, FeatureFlags flags, Transactions transactions,
                               Clock clock, Ids ids) {
        this.ledger = ledger;
        this.reviews = reviews;
        this.flags = flags;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** @throws in.mrmentor.shared.DomainException 402 {@code INSUFFICIENT_TOKENS} without a resume token */
    public ResumeReview request(UUID userId, Command command) {
        if (!flags.isOn(FeatureFlag.RESUME_REVIEW_SPEND)) {
            throw TokenErrors.featureDisabled("Spending tokens on resume reviews");
        }
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            var review = new ResumeReview(ids.next(), userId, blankToNull(command.resumeUrl()),
                    blankToNull(command.notes()), ResumeReview.REQUESTED, now);
            ledger.post(List.of(review.payment()), now)
                    .orElseThrow(refused -> TokenErrors.cannotPay(refused.needed(), refused.available()));
            reviews.add(review);
            return review;
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
