package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.RefreshToken;
import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.shared.port.memory.PostgresOrder;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Row locks are unnecessary here: {@link InMemoryTransactions} runs one unit of work at a time. */
public final class InMemoryRefreshTokens implements RefreshTokens, InMemoryTransactions.Participant {
    private final Map<UUID, RefreshToken> rows = new LinkedHashMap<>();

    @Override
    public synchronized void add(RefreshToken token) {
        boolean taken = rows.containsKey(token.id())
                || rows.values().stream().anyMatch(row -> row.tokenHash().equals(token.tokenHash()));
        if (taken) {
            throw new IllegalStateException("a refresh token with this id or hash already exists");
        }
        rows.put(token.id(), token);
    }

    @Override
    public synchronized Optional<RefreshToken> lockByHash(String tokenHash) {
        return rows.values().stream().filter(row -> row.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized void markUsed(UUID id, Instant at) {
        rows.computeIfPresent(id, (key, t) -> t.usedAt() != null ? t
                : new RefreshToken(t.id(), t.userId(), t.familyId(), t.tokenHash(), t.issuedAt(), t.expiresAt(), at,
                t.revokedAt()));
    }

    @Override
    public synchronized void revokeFamily(UUID familyId, Instant at) {
        revokeWhere(t -> t.familyId().equals(familyId), at);
    }

    @Override
    public synchronized void revokeAllOf(UUID userId, Instant at) {
        revokeWhere(t -> t.userId().equals(userId), at);
    }

    private void revokeWhere(Predicate<RefreshToken> which, Instant at) {
        rows.replaceAll((id, t) -> !which.test(t) || t.revokedAt() != null ? t
                : new RefreshToken(t.id(), t.userId(), t.familyId(), t.tokenHash(), t.issuedAt(), t.expiresAt(),
                t.usedAt(), at));
    }

    @Override
    public synchronized List<RefreshToken> family(UUID familyId) {
        return rows.values().stream()
                .filter(t -> t.familyId().equals(familyId))
                .sorted(Comparator.comparing(RefreshToken::issuedAt).thenComparing(RefreshToken::id, PostgresOrder.UUIDS))
                .toList();
    }

    @Override
    public synchronized long purgeExpiredBefore(Instant cutoff) {
        Set<UUID> liveFamilies = rows.values().stream()
                .filter(t -> !t.expiresAt().isBefore(cutoff))
                .map(RefreshToken::familyId)
                .collect(Collectors.toSet());
        int before = rows.size();
        rows.values().removeIf(t -> !liveFamilies.contains(t.familyId()));
        return before - rows.size();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, RefreshToken> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
