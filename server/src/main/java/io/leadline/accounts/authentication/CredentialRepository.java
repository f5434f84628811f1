package io.leadline.accounts.authentication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CredentialRepository {

    private static final String COLUMNS =
            "id, team_id, user_id, scheme, name, key_prefix, created_at, expires_at, revoked_at, rate_limit_per_minute, last_used_at";

    private final JdbcClient jdbc;
    private final CallerCache callers;

    CredentialRepository(JdbcClient jdbc, CallerCache callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    public void insert(Credential credential, String keyHash) {
        jdbc.sql("""
                        INSERT INTO credentials (id, team_id, user_id, scheme, name, key_hash, key_prefix, created_at,
                                                 expires_at, revoked_at, rate_limit_per_minute)
                        VALUES (:id, :teamId, :userId, :scheme, :name, :keyHash, :keyPrefix, :createdAt,
                                :expiresAt, NULL, :rateLimit)
                        """)
                .param("id", credential.id())
                .param("teamId", credential.teamId())
                .param("userId", credential.userId())
                .param("scheme", credential.scheme())
                .param("name", credential.name())
                .param("keyHash", keyHash)
                .param("keyPrefix", credential.keyPrefix())
                .param("createdAt", credential.createdAt())
                .param("expiresAt", credential.expiresAt())
                .param("rateLimit", credential.rateLimitPerMinute())
                .update();
    }

    public void setRateLimit(long teamId, long id, @Nullable Integer perMinute) {
        jdbc.sql("UPDATE credentials SET rate_limit_per_minute = :perMinute WHERE team_id = :teamId AND id = :id")
                .param("perMinute", perMinute)
                .param("teamId", teamId)
                .param("id", id)
                .update();
        callers.changed();
    }

    /** Not team-scoped: this is how a request finds its team in the first place. */
    Optional<Credential> findByHash(String keyHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credentials WHERE key_hash = :keyHash")
                .param("keyHash", keyHash)
                .query(CredentialRepository::toCredential)
                .optional();
    }

    public Optional<Credential> find(long teamId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credentials WHERE team_id = :teamId AND id = :id")
                .param("teamId", teamId)
                .param("id", id)
                .query(CredentialRepository::toCredential)
                .optional();
    }

    /** A credential of any team, for the server's operator (the offline administration command). */
    public Optional<Credential> findAnyTeam(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credentials WHERE id = :id")
                .param("id", id)
                .query(CredentialRepository::toCredential)
                .optional();
    }

    /** The team's credentials, or one user's when {@code userId} is given. */
    public List<Credential> findAll(long teamId, @Nullable Long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credentials WHERE team_id = :teamId"
                        + (userId == null ? "" : " AND user_id = :userId") + " ORDER BY created_at, id")
                .param("teamId", teamId)
                .param("userId", userId)
                .query(CredentialRepository::toCredential)
                .list();
    }

    public void revoke(long teamId, long id, OffsetDateTime now) {
        jdbc.sql("UPDATE credentials SET revoked_at = :now WHERE team_id = :teamId AND id = :id AND revoked_at IS NULL")
                .param("now", now)
                .param("teamId", teamId)
                .param("id", id)
                .update();
        callers.changed();
    }

    private static Credential toCredential(ResultSet rs, int row) throws SQLException {
        return new Credential(
                rs.getLong("id"),
                rs.getLong("team_id"),
                rs.getLong("user_id"),
                rs.getString("scheme"),
                rs.getString("name"),
                rs.getString("key_prefix"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getObject("rate_limit_per_minute", Integer.class),
                rs.getObject("last_used_at", OffsetDateTime.class));
    }

    /** Every team's credentials, for the operator's {@code admin keys}. */
    public List<Credential> findEveryTeams() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credentials ORDER BY team_id, created_at, id")
                .query(CredentialRepository::toCredential)
                .list();
    }

    /** Moves the last use forward only: two nodes recording the same minute in either order keep the later one. */
    void recordUse(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE credentials SET last_used_at = :at WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :at)")
                .param("at", at)
                .param("id", id)
                .update();
    }
}
