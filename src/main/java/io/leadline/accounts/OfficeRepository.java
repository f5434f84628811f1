package io.leadline.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OfficeRepository {

    private static final String COLUMNS = "id, team_id, parent_id, name, created_at";

    private final JdbcClient jdbc;

    OfficeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Office office) {
        jdbc.sql("""
                        INSERT INTO offices (id, team_id, parent_id, name, created_at)
                        VALUES (:id, :teamId, :parentId, :name, :createdAt)
                        """)
                .param("id", office.id())
                .param("teamId", office.teamId())
                .param("parentId", office.parentId())
                .param("name", office.name())
                .param("createdAt", office.createdAt())
                .update();
    }

    Optional<Office> find(long teamId, long officeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offices WHERE team_id = :teamId AND id = :id")
                .param("teamId", teamId)
                .param("id", officeId)
                .query(OfficeRepository::toOffice)
                .optional();
    }

    List<Office> findAll(long teamId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offices WHERE team_id = :teamId ORDER BY created_at, id")
                .param("teamId", teamId)
                .query(OfficeRepository::toOffice)
                .list();
    }

    /** The office and every office below it, however deep. */
    List<Long> subtreeIds(long teamId, long officeId) {
        return jdbc.sql("""
                        WITH RECURSIVE subtree (id) AS (
                            SELECT id FROM offices WHERE team_id = :teamId AND id = :officeId
                            UNION ALL
                            SELECT o.id FROM offices o JOIN subtree s ON o.parent_id = s.id
                        )
                        SELECT id FROM subtree
                        """)
                .param("teamId", teamId)
                .param("officeId", officeId)
                .query(Long.class)
                .list();
    }

    private static Office toOffice(ResultSet rs, int row) throws SQLException {
        return new Office(
                rs.getLong("id"),
                rs.getLong("team_id"),
                rs.getObject("parent_id", Long.class),
                rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
