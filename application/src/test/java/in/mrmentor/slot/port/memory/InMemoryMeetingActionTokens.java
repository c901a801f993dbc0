package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.MeetingActionToken;
import in.mrmentor.slot.port.MeetingActionTokens;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryMeetingActionTokens implements MeetingActionTokens, InMemoryTransactions.Participant {
    private final Map<String, MeetingActionToken> byDigest = new HashMap<>();

    @Override
    public synchronized void add(MeetingActionToken token) {
        byDigest.put(token.digest(), token);
    }

    @Override
    public synchronized Optional<MeetingActionToken> redeem(String digest, Instant now) {
        MeetingActionToken token = byDigest.get(digest);
        if (token == null || token.usedAt() != null || !token.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        MeetingActionToken used = new MeetingActionToken(token.id(), token.slotId(), token.userId(), token.action(),
                token.digest(), token.expiresAt(), now);
        byDigest.put(digest, used);
        return Optional.of(used);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, MeetingActionToken> copy = new HashMap<>(byDigest);
        return () -> {
            synchronized (this) {
                byDigest.clear();
                byDigest.putAll(copy);
            }
        };
    }
}
