package io.leadline.routing.administration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RoutingSettingsRepository {

    public record Availability(long userId, boolean active, boolean onVacation) {}

    private final JdbcClient jdbc;

    RoutingSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertDefaults(long teamId, OffsetDateTime now) {
        jdbc.sql("INSERT INTO routing_team_settings (team_id, updated_at, version) VALUES (:teamId, :now, 0)")
                .param("teamId", teamId)
                .param("now", now)
                .update();
    }

    /** The version of the team's routing setup; -1 when the team has no settings row. */
    public long version(long teamId) {
        return jdbc.sql("SELECT version FROM routing_team_settings WHERE team_id = :teamId")
                .param("teamId", teamId)
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }

    /** Only through {@link io.leadline.routing.decisions.RoutingSetups#changed}, which also tells every node. */
    public void bumpVersion(long teamId, OffsetDateTime now) {
        ensureRow(teamId, now);
        jdbc.sql("UPDATE routing_team_settings SET version = version + 1, updated_at = :now WHERE team_id = :teamId")
                .param("teamId", teamId)
                .param("now", now)
                .update();
    }

    /** Every team gets its row when created (and by migration before that); this only guards against a missing one. */
    private void ensureRow(long teamId, OffsetDateTime now) {
        boolean present = jdbc.sql("SELECT COUNT(*) FROM routing_team_settings WHERE team_id = :teamId")
                .param("teamId", teamId).query(Long.class).single() > 0;
        if (!present) {
            insertDefaults(teamId, now);
        }
    }

    Optional<Availability> availability(long userId) {
        return jdbc.sql("SELECT user_id, active, on_vacation FROM routing_member_availability WHERE user_id = :userId")
                .param("userId", userId)
                .query((rs, row) -> new Availability(rs.getLong("user_id"), rs.getBoolean("active"), rs.getBoolean("on_vacation")))
                .optional();
    }

    /** The members of the team whose availability was ever set; any other member is active and not on vacation. */
    List<Availability> availabilities(long teamId) {
        return jdbc.sql("SELECT user_id, active, on_vacation FROM routing_member_availability WHERE team_id = :teamId")
                .param("teamId", teamId)
                .query((rs, row) -> new Availability(rs.getLong("user_id"), rs.getBoolean("active"), rs.getBoolean("on_vacation")))
                .list();
    }

    void putAvailability(long teamId, Availability availability, OffsetDateTime now) {
        jdbc.sql("DELETE FROM routing_member_availability WHERE user_id = :userId").param("userId", availability.userId()).update();
        jdbc.sql("""
                        INSERT INTO routing_member_availability (user_id, team_id, active, on_vacation, updated_at)
                        VALUES (:userId, :teamId, :active, :onVacation, :now)
                        """)
                .param("userId", availability.userId())
                .param("teamId", teamId)
                .param("active", availability.active())
                .param("onVacation", availability.onVacation())
                .param("now", now)
                .update();
    }

    /** Marks a member deactivated for routing, or clears the mark. */
    void putDeactivated(long teamId, long userId, boolean deactivated, OffsetDateTime now) {
        jdbc.sql("DELETE FROM routing_deactivated_members WHERE user_id = :userId").param("userId", userId).update();
        if (deactivated) {
            jdbc.sql("""
                            INSERT INTO routing_deactivated_members (user_id, team_id, deactivated_at)
                            VALUES (:userId, :teamId, :now)
                            """)
                    .param("userId", userId)
                    .param("teamId", teamId)
                    .param("now", now)
                    .update();
        }
    }

    /** The team's members who must not receive leads now (inactive, on vacation, or deactivated). */
    public Set<Long> unavailable(long teamId) {
        return jdbc.sql("""
                        SELECT user_id FROM routing_member_availability
                         WHERE team_id = :teamId AND (active = FALSE OR on_vacation = TRUE)
                        UNION
                        SELECT user_id FROM routing_deactivated_members WHERE team_id = :teamId
                        """)
                .param("teamId", teamId)
                .query(Long.class)
                .stream()
                .collect(Collectors.toSet());
    }
}
