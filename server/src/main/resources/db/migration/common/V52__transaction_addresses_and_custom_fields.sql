-- A transaction's property address (Lofty: POST /v1.0/leads/{leadId}/transaction/property/address), one at most.
CREATE TABLE transaction_addresses (
    transaction_id BIGINT PRIMARY KEY REFERENCES lead_transactions (id),
    team_id        BIGINT NOT NULL REFERENCES teams (id),
    lead_id        BIGINT NOT NULL REFERENCES leads (id),
    street_address VARCHAR(500),
    unit           VARCHAR(50),
    city           VARCHAR(200),
    state          VARCHAR(200),
    zip_code       VARCHAR(20),
    county         VARCHAR(200),
    label          VARCHAR(100),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The team's transaction custom fields (Lofty: GET /v1.0/transaction/customfields), defined through /leadline/v1.
CREATE TABLE transaction_custom_fields (
    id         BIGINT PRIMARY KEY,
    team_id    BIGINT NOT NULL REFERENCES teams (id),
    name       VARCHAR(100) NOT NULL,
    type       VARCHAR(20) NOT NULL,
    params     VARCHAR(10000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT transaction_custom_fields_team_name_uq UNIQUE (team_id, name)
);

-- GET /v2.0/transactions pages a team's transactions newest first.
CREATE INDEX lead_transactions_team_idx ON lead_transactions (team_id, created_at, id);
