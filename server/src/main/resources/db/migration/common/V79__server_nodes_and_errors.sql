-- Ops at a glance: every node's heartbeat, and the latest unexpected errors of all nodes.
CREATE TABLE server_nodes (
    node_id      VARCHAR(36) PRIMARY KEY,
    host         VARCHAR(255) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE server_errors (
    id         BIGINT PRIMARY KEY,
    node_id    VARCHAR(36) NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    request    VARCHAR(300) NOT NULL,
    error      VARCHAR(1000) NOT NULL
);
CREATE INDEX server_errors_at_idx ON server_errors (at);
