package io.leadline.accounts.signin;

import io.leadline.accounts.Member;
import io.leadline.accounts.authentication.Secrets;
import io.leadline.accounts.directory.Ranks;
import io.leadline.accounts.directory.UserRepository;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links that set a member's password: the invitation of a new member, or a reset. A link is valid for three
 * days and once; making a new one for a member ends the earlier ones. Only the token's hash is stored.
 */
@Service
public class PasswordLinks {

    static final Duration VALID_FOR = Duration.ofDays(3);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final Clock clock;

    PasswordLinks(JdbcClient jdbc, UserRepository users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** A link's token (it goes into the URL) and what it is for. */
    public record Link(String token, long teamId, long userId, String email, OffsetDateTime expiresAt) {}

    /** By an owner or admin, for a member of their team they act for (never one who outranks them). */
    @Transactional
    public Link create(Caller caller, long userId) {
        Ranks.requireManager(caller, ErrorCode.PERMISSION_DENIED);
        Member member = users.find(caller.teamId(), userId)
                .orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No member " + userId));
        Ranks.requireActsFor(caller, member, "create a password link for", ErrorCode.PERMISSION_DENIED);
        return insert(member, caller.userId());
    }

    /** By the operator ({@code admin invite}), who has the database and so every power already. */
    @Transactional
    public Link createAsOperator(long teamId, long userId) {
        Member member = users.find(teamId, userId).orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST,
                "No member " + userId + " in team " + teamId));
        return insert(member, null);
    }

    private Link insert(Member member, @Nullable Long createdBy) {
        if (member.deactivatedAt() != null) {
            throw ApiException.conflict("member " + member.id() + " is deactivated: reactivate them first");
        }
        OffsetDateTime now = Times.now(clock);
        jdbc.sql("UPDATE password_links SET used_at = :now WHERE team_id = :teamId AND user_id = :userId AND used_at IS NULL")
                .param("now", now)
                .param("teamId", member.teamId())
                .param("userId", member.id())
                .update();
        String token = newToken();
        OffsetDateTime expiresAt = now.plus(VALID_FOR);
        jdbc.sql("""
                        INSERT INTO password_links (token_hash, team_id, user_id, created_by, created_at, expires_at)
                        VALUES (:tokenHash, :teamId, :userId, :createdBy, :now, :expiresAt)
                        """)
                .param("tokenHash", Secrets.hash(token))
                .param("teamId", member.teamId())
                .param("userId", member.id())
                .param("createdBy", createdBy)
                .param("now", now)
                .param("expiresAt", expiresAt)
                .update();
        return new Link(token, member.teamId(), member.id(), member.email(), expiresAt);
    }

    /** The active member a link that can still be used is for. */
    @Transactional(readOnly = true)
    public Optional<Member> memberFor(String token) {
        return jdbc.sql("""
                        SELECT team_id, user_id FROM password_links
                        WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now
                        """)
                .param("tokenHash", Secrets.hash(token))
                .param("now", Times.now(clock))
                .query((row, n) -> users.find(row.getLong("team_id"), row.getLong("user_id")))
                .optional()
                .flatMap(member -> member)
                .filter(member -> member.deactivatedAt() == null);
    }

    /** Spends the link, in the caller's transaction: false when it was spent already (two tabs, one link). */
    boolean spend(String token) {
        return jdbc.sql("""
                        UPDATE password_links SET used_at = :now
                        WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now
                        """)
                .param("tokenHash", Secrets.hash(token))
                .param("now", Times.now(clock))
                .update() == 1;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
