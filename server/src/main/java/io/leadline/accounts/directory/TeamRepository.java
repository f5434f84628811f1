package io.leadline.accounts.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TeamRepository {

    private final JdbcClient jdbc;

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Team team) {
        jdbc.sql("INSERT INTO teams (id, name, created_at) VALUES (:id, :name, :createdAt)")
                .param("id", team.id())
                .param("name", team.name())
                .param("createdAt", team.createdAt())
                .update();
    }

    /** Holds the team's row until commit: serialises writes of a setting a team has at most one of. */
    public void lock(long teamId) {
        jdbc.sql("SELECT id FROM teams WHERE id = :teamId FOR UPDATE").param("teamId", teamId).query(Long.class).single();
    }

    /** The team's IANA time zone id; UTC until someone sets it. */
    public String zone(long teamId) {
        return jdbc.sql("SELECT time_zone FROM teams WHERE id = :teamId").param("teamId", teamId).query(String.class)
                .optional().orElse("UTC");
    }

    public void setZone(long teamId, String zone) {
        jdbc.sql("UPDATE teams SET time_zone = :zone WHERE id = :teamId").param("teamId", teamId).param("zone", zone).update();
    }

    java.util.Optional<Team> find(long teamId) {
        return jdbc.sql("SELECT id, name, created_at FROM teams WHERE id = :id")
                .param("id", teamId)
                .query(TeamRepository::toTeam)
                .optional();
    }

    public List<Team> findAll() {
        return jdbc.sql("SELECT id, name, created_at FROM teams ORDER BY created_at, id")
                .query(TeamRepository::toTeam)
                .list();
    }

    /** True for the one caller that claims the first-start bootstrap; false when a team was bootstrapped already. */
    public boolean claimBootstrap(long teamId, OffsetDateTime now) {
        int claimed = jdbc.sql("""
                        INSERT INTO bootstrap_state (id, team_id, created_at)
                        SELECT 1, :teamId, :now WHERE NOT EXISTS (SELECT 1 FROM bootstrap_state)
                        """)
                .param("teamId", teamId)
                .param("now", now)
                .update();
        return claimed == 1;
    }

    public boolean anyTeamExists() {
        return jdbc.sql("SELECT COUNT(*) FROM teams").query(Long.class).single() > 0;
    }

    private static Team toTeam(ResultSet rs, int row) throws SQLException {
        return new Team(rs.getLong("id"), rs.getString("name"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
