package io.leadline.accounts.directory;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MemberTagRepository {

    private final JdbcClient jdbc;

    MemberTagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the team's tag creations, so two callers adding the same new name make one tag. */
    void lockCatalogue(long teamId) {
        jdbc.sql("SELECT id FROM teams WHERE id = :teamId FOR UPDATE").param("teamId", teamId).query(Long.class).single();
    }

    List<MemberTag> findAll(long teamId) {
        return jdbc.sql("SELECT id, name FROM member_tags WHERE team_id = :teamId ORDER BY name_key, id")
                .param("teamId", teamId)
                .query((rs, n) -> new MemberTag(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    void insert(long teamId, MemberTag tag, String nameKey, OffsetDateTime at) {
        jdbc.sql("INSERT INTO member_tags (id, team_id, name, name_key, created_at) VALUES (:id, :teamId, :name, :nameKey, :at)")
                .param("id", tag.id())
                .param("teamId", teamId)
                .param("name", tag.name())
                .param("nameKey", nameKey)
                .param("at", at)
                .update();
    }

    /** Tags the member with each tag not already on them; one statement. */
    void link(long teamId, long userId, Collection<Long> tagIds, OffsetDateTime at) {
        if (tagIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO member_tag_links (user_id, tag_id, team_id, created_at)
                        SELECT :userId, t.id, :teamId, :at FROM member_tags t
                        WHERE t.team_id = :teamId AND t.id IN (:tagIds)
                          AND NOT EXISTS (SELECT 1 FROM member_tag_links k WHERE k.user_id = :userId AND k.tag_id = t.id)
                        """)
                .param("userId", userId)
                .param("teamId", teamId)
                .param("at", at)
                .param("tagIds", tagIds)
                .update();
    }

    /** Each member's tags by name; members without tags are absent. */
    Map<Long, List<MemberTag>> tagsOf(long teamId, Collection<Long> userIds) {
        Map<Long, List<MemberTag>> tags = new LinkedHashMap<>();
        if (userIds.isEmpty()) {
            return tags;
        }
        jdbc.sql("""
                        SELECT k.user_id, t.id, t.name FROM member_tag_links k JOIN member_tags t ON t.id = k.tag_id
                        WHERE k.team_id = :teamId AND k.user_id IN (:userIds) ORDER BY t.name_key, t.id
                        """)
                .param("teamId", teamId)
                .param("userIds", userIds)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong("user_id"), id -> new java.util.ArrayList<>())
                            .add(new MemberTag(rs.getLong("id"), rs.getString("name")));
                });
        return tags;
    }
}
