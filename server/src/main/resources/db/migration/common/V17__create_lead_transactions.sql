CREATE TABLE lead_transactions (
    id         BIGINT PRIMARY KEY,
    team_id    BIGINT NOT NULL REFERENCES teams (id),
    lead_id    BIGINT NOT NULL REFERENCES leads (id),
    name       VARCHAR(500) NOT NULL,
    type       VARCHAR(20) NOT NULL,
    status     VARCHAR(50) NOT NULL,
    details    VARCHAR(100000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lead_transactions_lead_idx ON lead_transactions (lead_id, created_at);
