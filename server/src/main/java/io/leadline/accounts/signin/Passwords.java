package io.leadline.accounts.signin;

import io.leadline.accounts.Member;
import io.leadline.accounts.directory.UserRepository;
import io.leadline.web.ApiException;
import io.leadline.web.Times;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' console passwords: set through a one-time link, checked at sign-in; stored as bcrypt hashes only. */
@Service
public class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 72; // bcrypt reads no further
    /** 2^10 rounds: about 80 ms a check on two cores, Spring Security's default. */
    private static final int BCRYPT_STRENGTH = 10;
    /**
     * A bcrypt hash at that strength of a password no member has, checked against when no member has the email: as
     * slow as a real check, and written here rather than hashed at every start.
     */
    static final String NOBODY = "$2a$10$gpdILX2QW4GYmUCANC48y.ScE8ETXQSH19sxSvjpjfHztPQFWfDsG";

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(BCRYPT_STRENGTH);
    private final JdbcClient jdbc;
    private final PasswordLinks links;
    private final UserRepository users;
    private final Clock clock;

    Passwords(JdbcClient jdbc, PasswordLinks links, UserRepository users, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.users = users;
        this.clock = clock;
    }

    /** Sets the password of the link's member and spends the link; answers the member, who may now sign in. */
    @Transactional
    public Member setWithLink(String token, String password) {
        requireAcceptable(password);
        Member member = links.memberFor(token).filter(found -> links.spend(token))
                .orElseThrow(() -> ApiException.invalidField("link", "is unknown, used or expired: ask for a new one"));
        jdbc.sql("DELETE FROM member_passwords WHERE team_id = :teamId AND user_id = :userId")
                .param("teamId", member.teamId())
                .param("userId", member.id())
                .update();
        jdbc.sql("INSERT INTO member_passwords (user_id, team_id, hash, set_at) VALUES (:userId, :teamId, :hash, :now)")
                .param("userId", member.id())
                .param("teamId", member.teamId())
                .param("hash", bcrypt.encode(password))
                .param("now", Times.now(clock))
                .update();
        return member;
    }

    /**
     * The active member with this email and password. Not team-scoped: signing in is how a person finds their team.
     * An email in several teams with a password in each signs in to the first (by member id) whose password matches.
     */
    @Transactional(readOnly = true)
    public Optional<Member> check(String email, String password) {
        if (password.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        List<Candidate> candidates = jdbc.sql("""
                        SELECT p.team_id, p.user_id, p.hash FROM member_passwords p
                        JOIN users u ON u.team_id = p.team_id AND u.id = p.user_id
                        WHERE u.email = :email AND u.deactivated_at IS NULL
                        ORDER BY u.id
                        """)
                .param("email", Member.normalizeEmail(email))
                .query((row, n) -> new Candidate(row.getLong("team_id"), row.getLong("user_id"), row.getString("hash")))
                .list();
        if (candidates.isEmpty()) {
            // as long as a wrong password for a real member takes, so the time tells no one which emails exist
            bcrypt.matches(password, NOBODY);
            return Optional.empty();
        }
        return candidates.stream().filter(candidate -> bcrypt.matches(password, candidate.hash())).findFirst()
                .flatMap(candidate -> users.find(candidate.teamId(), candidate.userId()));
    }

    static void requireAcceptable(String password) {
        if (password.length() < MIN_LENGTH) {
            throw ApiException.invalidField("password", "needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw ApiException.invalidField("password", "may have at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            throw ApiException.invalidField("password", "needs characters other than spaces");
        }
    }

    private record Candidate(long teamId, long userId, String hash) {}
}
