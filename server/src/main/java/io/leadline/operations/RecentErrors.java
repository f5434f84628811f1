package io.leadline.operations;

import io.leadline.ids.IdGenerator;
import io.leadline.web.UnhandledError;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The unexpected errors of every node, kept a week so the ops page shows the latest; the log keeps them all. An error
 * the database cannot record (it may be why the request failed) is only logged.
 */
@Component
class RecentErrors {

    private static final Logger log = LoggerFactory.getLogger(RecentErrors.class);
    static final Duration KEPT = Duration.ofDays(7);

    record Recorded(OffsetDateTime at, String nodeId, String request, String error) {}

    private final JdbcClient jdbc;
    private final IdGenerator ids;
    private final NodeHeartbeats node;

    RecentErrors(JdbcClient jdbc, IdGenerator ids, NodeHeartbeats node) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.node = node;
    }

    @EventListener
    void record(UnhandledError error) {
        try {
            jdbc.sql("INSERT INTO server_errors (id, node_id, at, request, error) VALUES (:id, :node, :at, :request, :error)")
                    .param("id", ids.nextId()).param("node", node.nodeId()).param("at", error.at())
                    .param("request", cut(error.request(), 300)).param("error", cut(error.error(), 1000)).update();
            jdbc.sql("DELETE FROM server_errors WHERE at < :before").param("before", error.at().minus(KEPT)).update();
        } catch (DataAccessException unrecorded) {
            log.debug("Error not recorded for the ops page: {}", unrecorded.getMessage());
        }
    }

    List<Recorded> latest(int limit) {
        return jdbc.sql("SELECT at, node_id, request, error FROM server_errors ORDER BY at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, row) -> new Recorded(rs.getObject("at", OffsetDateTime.class), rs.getString("node_id"),
                        rs.getString("request"), rs.getString("error")))
                .list();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
