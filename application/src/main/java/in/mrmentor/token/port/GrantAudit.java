package in.mrmentor.token.port;

import in.mrmentor.token.Grant;

import java.time.Instant;
import java.util.UUID;

/** Who granted or corrected what, and why ({@code ENABLE_GRANT_AUDIT}). */
public interface GrantAudit {

    void record(Grant grant, UUID grantedBy, Instant at);
}
