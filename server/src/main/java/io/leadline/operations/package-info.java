/**
 * What a server administrator looks at first: the nodes sharing the database with their last heartbeat, the latest
 * unexpected errors of every node, and the figures the metrics already hold (webhook and message backlogs). The
 * console's ops page reads it; Prometheus (`/actuator/prometheus`) remains the place for history and alerts.
 * <p>
 * Tables written: {@code server_errors}, {@code server_nodes}.
 */
@ApplicationModule(allowedDependencies = {"ids", "web"})
@NullMarked
package io.leadline.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
