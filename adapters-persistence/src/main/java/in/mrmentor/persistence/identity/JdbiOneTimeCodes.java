package in.mrmentor.persistence.identity;

import in.mrmentor.identity.Email;
import in.mrmentor.identity.OneTimeCode;
import in.mrmentor.identity.PasswordHash;
import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiOneTimeCodes implements OneTimeCodes {
    private static final String COLUMNS = "id, email, code_hash, created_at, expires_at, failed_tries, purpose";
    private static final RowMapper<OneTimeCode> ROW = (rs, ctx) -> new OneTimeCode(
            rs.getObject("id", UUID.class),
            Email.of(rs.getString("email")),
            new PasswordHash(rs.getString("code_hash")),
            Timestamps.instant(rs, "created_at"),
            Timestamps.instant(rs, "expires_at"),
            rs.getInt("failed_tries"),
            OneTimeCode.Purpose.valueOf(rs.getString("purpose")));

    private final Jdbi jdbi;

    public JdbiOneTimeCodes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void put(OneTimeCode code) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO one_time_codes (" + COLUMNS + ") VALUES "
                        + "(:id, :email, :hash, :createdAt, :expiresAt, :tries, :purpose) "
                        + "ON CONFLICT (email, purpose) DO UPDATE SET id = EXCLUDED.id, code_hash = EXCLUDED.code_hash, "
                        + "created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at, "
                        + "failed_tries = EXCLUDED.failed_tries")
                .bind("id", code.id())
                .bind("email", code.email().value())
                .bind("hash", code.codeHash().value())
                .bind("createdAt", utc(code.createdAt()))
                .bind("expiresAt", utc(code.expiresAt()))
                .bind("tries", code.failedTries())
                .bind("purpose", code.purpose().name())
                .execute());
    }

    @Override
    public Optional<OneTimeCode> lockFor(Email email, OneTimeCode.Purpose purpose) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM one_time_codes "
                        + "WHERE email = :email AND purpose = :purpose FOR UPDATE")
                .bind("email", email.value()).bind("purpose", purpose.name()).map(ROW).findOne());
    }

    @Override
    public boolean update(OneTimeCode code) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE one_time_codes SET failed_tries = :tries WHERE id = :id")
                .bind("id", code.id()).bind("tries", code.failedTries()).execute()) == 1;
    }

    @Override
    public void remove(UUID id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM one_time_codes WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public long purgeExpiredBefore(Instant cutoff) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM one_time_codes WHERE expires_at < :cutoff")
                .bind("cutoff", utc(cutoff)).execute());
    }
}
