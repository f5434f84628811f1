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

    private static final String COLUMNS = "id, name, creator_user_id, created_at, tag_bit";

    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the name unless a concurrent writer got there first (the unique key decides), with the team's next tag
     * bit when {@code withBit} (the caller holds {@link #lockAllocation}).
     */
    void insertIfAbsent(long teamId, Tag tag, boolean withBit) {
        int inserted = jdbc.sql("""
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
        if (inserted == 1 && withBit) {
            grantBit(teamId, tag.id());
        }
    }

    /**
     * Locks the team's tag allocation row until the transaction ends and answers whether tag bits are left. Every
     * writer that creates tags takes it first, whether bits are left or not, so writers creating the same new names
     * meet at this one row and never hold one new name while waiting for another (which deadlocked past the 63 bits:
     * LL-13).
     */
    boolean lockAllocation(long teamId) {
        jdbc.sql("INSERT INTO tag_bit_allocations (team_id, bits_used) VALUES (:teamId, 0) ON CONFLICT DO NOTHING")
                .param("teamId", teamId)
                .update();
        return jdbc.sql("SELECT bits_used FROM tag_bit_allocations WHERE team_id = :teamId FOR UPDATE")
                .param("teamId", teamId)
                .query(Integer.class)
                .single() < BITS;
    }

    /** Gives the tag the team's next unused bit, if any is left; it rolls back with the tag that took it. */
    private void grantBit(long teamId, long tagId) {
        jdbc.sql("UPDATE tags SET tag_bit = (SELECT CAST(POWER(2, a.bits_used) AS BIGINT) FROM tag_bit_allocations a"
                        + " WHERE a.team_id = :teamId AND a.bits_used < " + BITS + ") WHERE id = :id")
                .param("teamId", teamId)
                .param("id", tagId)
                .update();
        jdbc.sql("UPDATE tag_bit_allocations SET bits_used = bits_used + 1 WHERE team_id = :teamId AND bits_used < " + BITS)
                .param("teamId", teamId)
                .update();
    }

    /** Bits a team's tags can have: a mask is a positive BIGINT. */
    static final int BITS = 63;

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
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("tag_bit", Long.class));
    }
}
