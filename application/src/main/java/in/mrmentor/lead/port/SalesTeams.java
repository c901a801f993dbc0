package in.mrmentor.lead.port;

import in.mrmentor.identity.Role;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who sells with whom: each SALES user may name one head (a SALES user too). */
public interface SalesTeams {

    /** A user as the CRM needs to know them. */
    record Member(UUID id, String email, Role role, boolean active, UUID headId) {
    }

    Optional<Member> member(UUID userId);

    Optional<Member> memberByEmail(String email);

    /** True when some user names {@code userId} as their head. */
    boolean isHead(UUID userId);

    /** The users who name {@code headId} as their head. */
    List<UUID> reportsOf(UUID headId);

    /** Names the user's head; null clears it. */
    void setHead(UUID userId, UUID headId);
}
