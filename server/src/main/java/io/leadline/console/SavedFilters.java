package io.leadline.console;

import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's saved lead-list searches (table {@code console_saved_filters}): each a name and the list's query string.
 * Only their owner sees, uses or deletes them; saving under a name in use replaces that search.
 */
@Repository
class SavedFilters {

    static final int NAME_MAX = 100;
    static final int QUERY_MAX = 4000;
    static final int PER_MEMBER = 50;

    private final JdbcClient jdbc;
    private final IdGenerator ids;
    private final Clock clock;

    SavedFilters(JdbcClient jdbc, IdGenerator ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    /** A saved search: its name and the address of the list it shows. */
    record SavedFilter(long id, String name, String href) {}

    List<SavedFilter> of(Caller caller) {
        return jdbc.sql("""
                        SELECT id, name, query FROM console_saved_filters
                        WHERE team_id = :teamId AND user_id = :userId ORDER BY name
                        """)
                .param("teamId", caller.teamId())
                .param("userId", caller.userId())
                .query((rs, row) -> new SavedFilter(rs.getLong("id"), rs.getString("name"),
                        "/app/leads" + (rs.getString("query").isEmpty() ? "" : "?" + rs.getString("query"))))
                .list();
    }

    @Transactional
    void save(Caller caller, String name, String query) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw ApiException.missingField("name");
        }
        if (trimmed.length() > NAME_MAX) {
            throw ApiException.tooLong("name", NAME_MAX);
        }
        if (query.length() > QUERY_MAX) {
            throw ApiException.tooLong("search", QUERY_MAX);
        }
        int replaced = jdbc.sql("""
                        DELETE FROM console_saved_filters
                        WHERE team_id = :teamId AND user_id = :userId AND name = :name
                        """)
                .param("teamId", caller.teamId()).param("userId", caller.userId()).param("name", trimmed)
                .update();
        if (replaced == 0 && count(caller) >= PER_MEMBER) {
            throw ApiException.invalidField("name", "cannot be saved: a member keeps at most " + PER_MEMBER
                    + " searches; delete one first");
        }
        try {
            jdbc.sql("""
                            INSERT INTO console_saved_filters (id, team_id, user_id, name, query, created_at)
                            VALUES (:id, :teamId, :userId, :name, :query, :now)
                            """)
                    .param("id", ids.nextId()).param("teamId", caller.teamId()).param("userId", caller.userId())
                    .param("name", trimmed).param("query", query).param("now", Times.now(clock))
                    .update();
        } catch (DuplicateKeyException savedMeanwhile) {
            throw ApiException.conflict("A search named '" + trimmed + "' was saved at the same moment; save again to replace it");
        }
    }

    /** 404 for a search that is not the caller's. */
    void delete(Caller caller, long id) {
        int deleted = jdbc.sql("""
                        DELETE FROM console_saved_filters WHERE id = :id AND team_id = :teamId AND user_id = :userId
                        """)
                .param("id", id).param("teamId", caller.teamId()).param("userId", caller.userId())
                .update();
        if (deleted == 0) {
            throw new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "no saved search " + id);
        }
    }

    private long count(Caller caller) {
        return jdbc.sql("SELECT COUNT(*) FROM console_saved_filters WHERE team_id = :teamId AND user_id = :userId")
                .param("teamId", caller.teamId()).param("userId", caller.userId())
                .query(Long.class).single();
    }
}
