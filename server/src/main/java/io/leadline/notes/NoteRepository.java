package io.leadline.notes;

import io.leadline.database.HeldInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NoteRepository {

    private static final String COLUMNS = """
            id, timeline_id, team_id, lead_id, content, pinned, creator_user_id, last_editor_user_id, created_at,
            updated_at, deleted""";

    private final JdbcClient jdbc;
    private final HeldInserts held;

    NoteRepository(JdbcClient jdbc, HeldInserts held) {
        this.jdbc = jdbc;
        this.held = held;
    }

    void insert(Note note) {
        held.insert("""
                        INSERT INTO notes (id, timeline_id, team_id, lead_id, content, pinned, creator_user_id,
                                           last_editor_user_id, created_at, updated_at, deleted)
                        VALUES (:id, :timelineId, :teamId, :leadId, :content, :pinned, :creatorUserId,
                                :lastEditorUserId, :createdAt, :updatedAt, :deleted)
                        """,
                new MapSqlParameterSource("id", note.id())
                        .addValue("timelineId", note.timelineId())
                        .addValue("teamId", note.teamId())
                        .addValue("leadId", note.leadId())
                        .addValue("content", note.content())
                        .addValue("pinned", note.pinned())
                        .addValue("creatorUserId", note.creatorUserId())
                        .addValue("lastEditorUserId", note.lastEditorUserId())
                        .addValue("createdAt", note.createdAt())
                        .addValue("updatedAt", note.updatedAt())
                        .addValue("deleted", note.deleted()));
    }

    void update(Note note) {
        jdbc.sql("""
                        UPDATE notes SET content = :content, pinned = :pinned, last_editor_user_id = :lastEditorUserId,
                                         updated_at = :updatedAt, deleted = :deleted
                        WHERE team_id = :teamId AND id = :id
                        """)
                .param("content", note.content())
                .param("pinned", note.pinned())
                .param("lastEditorUserId", note.lastEditorUserId())
                .param("updatedAt", note.updatedAt())
                .param("deleted", note.deleted())
                .param("teamId", note.teamId())
                .param("id", note.id())
                .update();
    }

    Optional<Note> findLive(long teamId, long noteId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notes WHERE team_id = :teamId AND id = :id AND deleted = FALSE")
                .param("teamId", teamId)
                .param("id", noteId)
                .query(NoteRepository::toNote)
                .optional();
    }

    /** Pinned notes first, then newest first. */
    List<Note> findLiveForLead(long teamId, long leadId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notes WHERE team_id = :teamId AND lead_id = :leadId AND deleted = FALSE"
                        + " ORDER BY pinned DESC, created_at DESC, id DESC")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .query(NoteRepository::toNote)
                .list();
    }

    private static Note toNote(ResultSet rs, int row) throws SQLException {
        return new Note(
                rs.getLong("id"),
                rs.getLong("timeline_id"),
                rs.getLong("team_id"),
                rs.getLong("lead_id"),
                rs.getString("content"),
                rs.getBoolean("pinned"),
                rs.getLong("creator_user_id"),
                rs.getLong("last_editor_user_id"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getBoolean("deleted"));
    }
}
