package in.mrmentor.slot;

import in.mrmentor.identity.TokenDigest;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.slot.port.MeetingActionTokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues the one-time action links of the confirmation mail. The secret is two random UUIDs (244
 * random bits from the JDK's SecureRandom); only its digest is stored.
 */
public final class MeetingLinks {
    private final MeetingActionTokens tokens;
    private final String actionUrlBase;
    private final Ids ids;

    public MeetingLinks(MeetingActionTokens tokens, String actionUrlBase, Ids ids) {
        this.tokens = tokens;
        this.actionUrlBase = actionUrlBase;
        this.ids = ids;
    }

    /** For each of {@code userIds}, a link with which they may ask to cancel the slot, once; stored in one write. */
    Map<UUID, String> cancellationLinks(Slot slot, List<UUID> userIds, Instant now) {
        Map<UUID, String> links = new HashMap<>();
        List<MeetingActionToken> stored = new ArrayList<>();
        for (UUID userId : userIds) {
            String secret = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
            stored.add(new MeetingActionToken(ids.next(), slot.id(), userId,
                    MeetingActionToken.Action.REQUEST_CANCELLATION, TokenDigest.sha256Hex(secret),
                    now.plus(MeetingActionToken.LIFETIME), null));
            links.put(userId, actionUrlBase + secret);
        }
        tokens.addAll(stored);
        return links;
    }

    /** A link with which {@code userId} may ask to cancel the slot, once. */
    String cancellationLink(Slot slot, UUID userId, Instant now) {
        String secret = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        tokens.add(new MeetingActionToken(ids.next(), slot.id(), userId,
                MeetingActionToken.Action.REQUEST_CANCELLATION, TokenDigest.sha256Hex(secret),
                now.plus(MeetingActionToken.LIFETIME), null));
        return actionUrlBase + secret;
    }
}
