-- A first-to-claim lead waiting for one of its offered members; past expires_at it goes to the scope's fallback.
CREATE TABLE routing_offers (
    lead_id       BIGINT PRIMARY KEY REFERENCES leads (id),
    team_id       BIGINT NOT NULL REFERENCES teams (id),
    rule_id       BIGINT NOT NULL,
    business_type INT NOT NULL,
    role_id       INT NOT NULL,
    scope_key     BIGINT NOT NULL,
    offered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX routing_offers_due_idx ON routing_offers (expires_at);

CREATE TABLE routing_offer_members (
    lead_id BIGINT NOT NULL REFERENCES routing_offers (lead_id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (lead_id, user_id)
);
