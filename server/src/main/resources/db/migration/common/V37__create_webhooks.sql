-- A subscription belongs to the user who made it. blocked_until holds a subscription back while its oldest message
-- waits for a retry, so events reach a receiver in the order they happened.
CREATE TABLE webhook_subscriptions (
    id                    BIGINT PRIMARY KEY,
    team_id               BIGINT NOT NULL REFERENCES teams (id),
    user_id               BIGINT NOT NULL REFERENCES users (id),
    list_id               INT NOT NULL,
    callback_url          VARCHAR(2000) NOT NULL,
    batch_limit           INT NOT NULL,
    permission_mode       INT NOT NULL,
    paused                BOOLEAN NOT NULL,
    secret                VARCHAR(100),
    previous_secret       VARCHAR(100),
    previous_secret_until TIMESTAMP WITH TIME ZONE,
    blocked_until         TIMESTAMP WITH TIME ZONE,
    last_dispatch_at      TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_subscriptions_team_idx ON webhook_subscriptions (team_id, list_id);

-- The outbox: one row per event per subscription that should receive it, written in the transaction of the change.
-- Rows leave when the dispatcher batches them into a message.
CREATE TABLE webhook_events (
    id              BIGINT PRIMARY KEY,
    subscription_id BIGINT NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    bucket          VARCHAR(40) NOT NULL,
    item            VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_events_subscription_idx ON webhook_events (subscription_id, id);

-- What was (or will be) POSTed: the same id and body on every retry, so receivers can deduplicate.
CREATE TABLE webhook_messages (
    id              BIGINT PRIMARY KEY,
    subscription_id BIGINT NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    kind            VARCHAR(10) NOT NULL,
    payload         TEXT NOT NULL,
    event_count     INT NOT NULL,
    first_event_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(10) NOT NULL,
    attempts        INT NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX webhook_messages_subscription_idx ON webhook_messages (subscription_id, status, id);

CREATE TABLE webhook_attempts (
    id           BIGINT PRIMARY KEY,
    message_id   BIGINT NOT NULL REFERENCES webhook_messages (id) ON DELETE CASCADE,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    http_status  INT,
    latency_ms   BIGINT NOT NULL,
    error        VARCHAR(500)
);
CREATE INDEX webhook_attempts_message_idx ON webhook_attempts (message_id, id);
