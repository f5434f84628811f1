package io.leadline.teamfeatures;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StageRepository {

    private static final String COLUMNS = "id, name, position";

    private final JdbcClient jdbc;

    StageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long teamId, Stage stage) {
        jdbc.sql("INSERT INTO stages (id, team_id, name, position) VALUES (:id, :teamId, :name, :position)")
                .param("id", stage.id())
                .param("teamId", teamId)
                .param("name", stage.name())
                .param("position", stage.position())
                .update();
    }

    List<Stage> findAll(long teamId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stages WHERE team_id = :teamId ORDER BY position, id")
                .param("teamId", teamId)
                .query((rs, row) -> new Stage(rs.getLong("id"), rs.getString("name"), rs.getInt("position")))
                .list();
    }

    Optional<Stage> findByName(long teamId, String name) {
        return findAll(teamId).stream().filter(stage -> stage.name().equalsIgnoreCase(name)).findFirst();
    }

    int nextPosition(long teamId) {
        return jdbc.sql("SELECT COALESCE(MAX(position) + 1, 0) FROM stages WHERE team_id = :teamId")
                .param("teamId", teamId)
                .query(Integer.class)
                .single();
    }
}
