package in.mrmentor.lead;

import java.util.Objects;
import java.util.UUID;

/**
 * Who looks at leads, as the visibility policy needs to know them.
 *
 * @param head true when some SALES user names this user as their head
 */
public record LeadViewer(UUID userId, boolean admin, boolean sales, boolean head) {
    public LeadViewer {
        Objects.requireNonNull(userId, "userId");
    }
}
