package io.leadline.notes;

import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notes door. Content over 2000 characters is cut silently, as Lofty does, or rejected in strict mode. */
@Service
public class NoteService {

    static final int CONTENT_MAX = 2000;

    private final JdbcClient jdbc;
    private final IdGenerator ids;
    private final Clock clock;
    private final boolean strict;

    NoteService(JdbcClient jdbc, IdGenerator ids, Clock clock, @Value("${leadline.strict}") boolean strict) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
        this.strict = strict;
    }

    /** Joins the caller's transaction: the note exists only if the lead write that carries it commits. */
    @Transactional
    public long addToLead(long teamId, long leadId, long authorUserId, String content, boolean pinned) {
        String text = content.trim();
        if (text.length() > CONTENT_MAX) {
            if (strict) {
                throw ApiException.tooLong("content", CONTENT_MAX);
            }
            text = text.substring(0, CONTENT_MAX);
        }
        long noteId = ids.nextId();
        OffsetDateTime now = Times.now(clock);
        jdbc.sql("""
                        INSERT INTO notes (id, team_id, lead_id, content, pinned, creator_user_id, last_editor_user_id,
                                           created_at, updated_at, deleted)
                        VALUES (:id, :teamId, :leadId, :content, :pinned, :author, :author, :now, :now, FALSE)
                        """)
                .param("id", noteId)
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("content", text)
                .param("pinned", pinned)
                .param("author", authorUserId)
                .param("now", now)
                .update();
        return noteId;
    }
}
