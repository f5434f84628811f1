package io.leadline.accounts.directory;

import io.leadline.accounts.Member;
import io.leadline.accounts.authentication.CallerCache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private static final String COLUMNS = """
            id, team_id, member_record_id, email, first_name, last_name, phone, role, office_id, server_admin,
            invited_by, created_at, deactivated_at""";

    private final JdbcClient jdbc;
    private final CallerCache callers;

    UserRepository(JdbcClient jdbc, CallerCache callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    public long nextMemberRecordId() {
        return jdbc.sql("SELECT nextval('member_record_ids')").query(Long.class).single();
    }

    public void insert(Member member) {
        jdbc.sql("""
                        INSERT INTO users (id, team_id, member_record_id, email, first_name, last_name, phone, role,
                                           office_id, server_admin, invited_by, created_at)
                        VALUES (:id, :teamId, :memberRecordId, :email, :firstName, :lastName, :phone, :role,
                                :officeId, :serverAdmin, :invitedBy, :createdAt)
                        """)
                .param("id", member.id())
                .param("teamId", member.teamId())
                .param("memberRecordId", member.memberRecordId())
                .param("email", member.email())
                .param("firstName", member.firstName())
                .param("lastName", member.lastName())
                .param("phone", member.phone())
                .param("role", member.role())
                .param("officeId", member.officeId())
                .param("serverAdmin", member.serverAdmin())
                .param("invitedBy", member.invitedBy())
                .param("createdAt", member.createdAt())
                .update();
    }

    public void setDeactivated(long teamId, long userId, @Nullable OffsetDateTime at) {
        jdbc.sql("UPDATE users SET deactivated_at = :at WHERE team_id = :teamId AND id = :id")
                .param("at", at)
                .param("teamId", teamId)
                .param("id", userId)
                .update();
        callers.changed();
    }

    public void setRole(long teamId, long userId, String role) {
        jdbc.sql("UPDATE users SET role = :role WHERE team_id = :teamId AND id = :id")
                .param("role", role)
                .param("teamId", teamId)
                .param("id", userId)
                .update();
        callers.changed();
    }

    public Optional<Member> find(long teamId, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE team_id = :teamId AND id = :id")
                .param("teamId", teamId)
                .param("id", userId)
                .query(UserRepository::toMember)
                .optional();
    }

    /** A member of any team, for the server's operator (the offline administration command). */
    public Optional<Member> findAnyTeam(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .param("id", id)
                .query(UserRepository::toMember)
                .optional();
    }

    public List<Member> findAll(long teamId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE team_id = :teamId AND id IN (:ids)")
                .param("teamId", teamId)
                .param("ids", ids)
                .query(UserRepository::toMember)
                .list();
    }

    public Optional<Member> findByEmail(long teamId, String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE team_id = :teamId AND email = :email")
                .param("teamId", teamId)
                .param("email", email)
                .query(UserRepository::toMember)
                .optional();
    }

    public boolean emailTaken(long teamId, String email) {
        return findByEmail(teamId, email).isPresent();
    }

    /** Members in the given offices (all members when {@code officeIds} is empty), oldest first. */
    /** Every member of the team, oldest first. */
    public List<Member> findAllOfTeam(long teamId) {
        return findPage(teamId, List.of(), 0, Integer.MAX_VALUE);
    }

    public List<Member> findPage(long teamId, List<Long> officeIds, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE team_id = :teamId" + officeFilter(officeIds)
                        + " ORDER BY created_at, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("teamId", teamId)
                .param("officeIds", officeIds)
                .param("offset", offset)
                .param("limit", limit)
                .query(UserRepository::toMember)
                .list();
    }

    long count(long teamId, List<Long> officeIds) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE team_id = :teamId" + officeFilter(officeIds))
                .param("teamId", teamId)
                .param("officeIds", officeIds)
                .query(Long.class)
                .single();
    }

    private static String officeFilter(List<Long> officeIds) {
        return officeIds.isEmpty() ? "" : " AND office_id IN (:officeIds)";
    }

    private static Member toMember(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getLong("team_id"),
                rs.getLong("member_record_id"),
                rs.getString("email"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("phone"),
                rs.getString("role"),
                rs.getObject("office_id", Long.class),
                rs.getBoolean("server_admin"),
                rs.getObject("invited_by", Long.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("deactivated_at", OffsetDateTime.class));
    }
}
