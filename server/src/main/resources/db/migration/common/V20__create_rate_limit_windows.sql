-- Requests admitted per credential per fixed 60-second window, shared by every server node.
-- Nodes lease admissions in chunks, so this row is touched once per chunk, not once per request.
CREATE TABLE rate_limit_windows (
    credential_id BIGINT NOT NULL,
    window_start  BIGINT NOT NULL,
    used          INT NOT NULL,
    PRIMARY KEY (credential_id, window_start)
);
CREATE INDEX rate_limit_windows_start_idx ON rate_limit_windows (window_start);
