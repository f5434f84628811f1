package io.leadline.operations;

import io.leadline.web.Times;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each node says it is alive every {@code leadline.operations.heartbeat-interval} (10 s): a node not heard from for
 * three intervals is shown as silent, and forgotten after a day. A beat the database cannot take is skipped.
 */
@Component
class NodeHeartbeats {

    private static final Logger log = LoggerFactory.getLogger(NodeHeartbeats.class);
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    /** A node as the ops page lists it. */
    record Node(String nodeId, String host, OffsetDateTime startedAt, OffsetDateTime lastSeenAt, boolean thisNode) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String nodeId = UUID.randomUUID().toString();
    private final String host = hostName();
    private final OffsetDateTime startedAt;

    NodeHeartbeats(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.startedAt = Times.now(clock);
    }

    String nodeId() {
        return nodeId;
    }

    @Scheduled(fixedDelayString = "${leadline.operations.heartbeat-interval:PT10S}")
    void beat() {
        OffsetDateTime now = Times.now(clock);
        try {
            int updated = jdbc.sql("UPDATE server_nodes SET last_seen_at = :now WHERE node_id = :id")
                    .param("now", now).param("id", nodeId).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO server_nodes (node_id, host, started_at, last_seen_at) VALUES (:id, :host, :started, :now)")
                        .param("id", nodeId).param("host", host).param("started", startedAt).param("now", now).update();
            }
            jdbc.sql("DELETE FROM server_nodes WHERE last_seen_at < :before").param("before", now.minus(FORGET_AFTER)).update();
        } catch (DataAccessException unreachable) {
            log.debug("Heartbeat skipped: {}", unreachable.getMessage());
        }
    }

    List<Node> nodes() {
        return jdbc.sql("SELECT node_id, host, started_at, last_seen_at FROM server_nodes ORDER BY started_at")
                .query((rs, row) -> new Node(rs.getString("node_id"), rs.getString("host"),
                        rs.getObject("started_at", OffsetDateTime.class), rs.getObject("last_seen_at", OffsetDateTime.class),
                        rs.getString("node_id").equals(nodeId)))
                .list();
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 200 ? name.substring(0, 200) : name;
        } catch (UnknownHostException unnamed) {
            return "unknown";
        }
    }
}
