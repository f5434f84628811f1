-- Why a lead went where it did: one row per routing decision, claim, expiry or manual assignment.
CREATE TABLE routing_decisions (
    id               BIGINT PRIMARY KEY,
    team_id          BIGINT NOT NULL REFERENCES teams (id),
    lead_id          BIGINT NOT NULL REFERENCES leads (id),
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    business_type    INT NOT NULL,
    role_id          INT NOT NULL,
    scope            VARCHAR(40) NOT NULL,
    rule_id          BIGINT,
    rule_name        VARCHAR(100),
    strategy         VARCHAR(20),
    outcome          VARCHAR(20) NOT NULL,
    assignee_user_id BIGINT,
    pond_id          BIGINT,
    detail           VARCHAR(1000) NOT NULL
);
CREATE INDEX routing_decisions_lead_idx ON routing_decisions (lead_id, decided_at);
