package io.leadline.teamfeatures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TagRepository {

    private static final String COLUMNS = "id, name, creator_user_id, created_at";

    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the name unless a concurrent writer got there first; the unique key decides. */
    void insertIfAbsent(long teamId, Tag tag) {
        jdbc.sql("""
                        INSERT INTO tags (id, team_id, name, creator_user_id, created_at)
                        VALUES (:id, :teamId, :name, :creatorUserId, :createdAt)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", tag.id())
                .param("teamId", teamId)
                .param("name", tag.name())
                .param("creatorUserId", tag.creatorUserId())
                .param("createdAt", tag.createdAt())
                .update();
    }

    List<Tag> findByNames(long teamId, Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM tags WHERE team_id = :teamId AND name IN (:names)")
                .param("teamId", teamId)
                .param("names", names)
                .query(TagRepository::toTag)
                .list();
    }

    List<Tag> findByIds(long teamId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM tags WHERE team_id = :teamId AND id IN (:ids)")
                .param("teamId", teamId)
                .param("ids", ids)
                .query(TagRepository::toTag)
                .list();
    }

    List<Tag> findAll(long teamId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tags WHERE team_id = :teamId ORDER BY name")
                .param("teamId", teamId)
                .query(TagRepository::toTag)
                .list();
    }

    private static Tag toTag(ResultSet rs, int row) throws SQLException {
        return new Tag(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getLong("creator_user_id"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
