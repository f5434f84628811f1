-- A create retried with the same Idempotency-Key (per credential) answers with the resource the first one made.
-- The row is written in the transaction that creates the resource, so the two commit or roll back together.
CREATE TABLE idempotency_keys (
    credential_id BIGINT NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash  VARCHAR(64) NOT NULL,
    resource_kind VARCHAR(20) NOT NULL,
    resource_id   BIGINT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (credential_id, idempotency_key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
