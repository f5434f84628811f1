CREATE TABLE lead_properties (
    id             BIGINT PRIMARY KEY,
    lead_id        BIGINT NOT NULL REFERENCES leads (id),
    team_id        BIGINT NOT NULL,
    street_address VARCHAR(500),
    city           VARCHAR(200),
    state          VARCHAR(200),
    zip_code       VARCHAR(20),
    details        VARCHAR(100000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lead_properties_lead_idx ON lead_properties (lead_id);
