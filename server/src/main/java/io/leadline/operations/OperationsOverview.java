package io.leadline.operations;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Ops at a glance, for server administrators only (anyone else: "not found"): whether the database answers and how
 * fast, the backlogs the metrics hold, the nodes and their heartbeats, the latest unexpected errors.
 */
@Service
public class OperationsOverview {

    public record Node(String nodeId, String host, OffsetDateTime startedAt, OffsetDateTime lastSeenAt, boolean thisNode,
            boolean silent) {}

    public record RecentError(OffsetDateTime at, String nodeId, String request, String error) {}

    /** {@code databaseMillis} is null when the database did not answer; {@code replication} says it in words. */
    public record Health(@Nullable Double databaseMillis, @Nullable String databaseProblem, long webhookBacklog,
            long messagesQueued, String replication) {}

    private final JdbcClient jdbc;
    private final MeterRegistry metrics;
    private final NodeHeartbeats heartbeats;
    private final RecentErrors errors;
    private final Duration heartbeatInterval;

    OperationsOverview(JdbcClient jdbc, MeterRegistry metrics, NodeHeartbeats heartbeats, RecentErrors errors,
            @org.springframework.beans.factory.annotation.Value("${leadline.operations.heartbeat-interval:PT10S}")
            Duration heartbeatInterval) {
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.heartbeats = heartbeats;
        this.errors = errors;
        this.heartbeatInterval = heartbeatInterval;
    }

    public Health health(Caller caller) {
        requireServerAdmin(caller);
        Double millis = null;
        String problem = null;
        long started = System.nanoTime();
        try {
            jdbc.sql("SELECT 1").query(Integer.class).single();
            millis = (System.nanoTime() - started) / 1e6;
        } catch (DataAccessException unreachable) {
            problem = unreachable.getMostSpecificCause().getMessage();
        }
        return new Health(millis, problem, gaugeSum("leadline.webhooks.backlog"), gaugeSum("leadline.messages.queued"),
                replication());
    }

    /** The primary's standbys and the read replica, from the gauges the database module keeps (every 15 s). */
    private String replication() {
        Gauge standbys = metrics.find("leadline.database.standbys").gauge();
        if (standbys == null) {
            return "none: the embedded database has no standby";
        }
        double streaming = standbys.value();
        String primary = Double.isNaN(streaming) ? "not read yet"
                : streaming == 0 ? "no standby streaming: a failover would have nowhere to go"
                : String.format(java.util.Locale.ROOT, "%.0f standby streaming, replay lag %.1f s", streaming,
                        metrics.find("leadline.database.standby.lag").gauge().value());
        Gauge replica = metrics.find("leadline.replica.lag").gauge();
        if (replica == null) {
            return primary;
        }
        return primary + (Double.isNaN(replica.value()) ? "; the read replica does not answer (reads go to the primary)"
                : String.format(java.util.Locale.ROOT, "; read replica lag %.1f s", replica.value()));
    }

    public List<Node> nodes(Caller caller, OffsetDateTime now) {
        requireServerAdmin(caller);
        OffsetDateTime silentBefore = now.minus(heartbeatInterval.multipliedBy(3));
        return heartbeats.nodes().stream()
                .map(node -> new Node(node.nodeId(), node.host(), node.startedAt(), node.lastSeenAt(), node.thisNode(),
                        node.lastSeenAt().isBefore(silentBefore)))
                .toList();
    }

    public List<RecentError> latestErrors(Caller caller, int limit) {
        requireServerAdmin(caller);
        return errors.latest(limit).stream()
                .map(error -> new RecentError(error.at(), error.nodeId(), error.request(), error.error())).toList();
    }

    private long gaugeSum(String name) {
        return Math.round(metrics.find(name).gauges().stream().mapToDouble(Gauge::value).filter(Double::isFinite).sum());
    }

    private static void requireServerAdmin(Caller caller) {
        if (!caller.serverAdmin()) {
            throw new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No such page");
        }
    }
}
