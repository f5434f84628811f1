-- Calls, emails and texts with leads: sent through Leadline (MANUAL), logged by hand or imported (LOGGED).
CREATE TABLE communications (
    id               BIGINT PRIMARY KEY,
    team_id          BIGINT NOT NULL REFERENCES teams (id),
    lead_id          BIGINT NOT NULL REFERENCES leads (id),
    channel          VARCHAR(5) NOT NULL,
    direction        VARCHAR(8) NOT NULL,
    type             VARCHAR(6) NOT NULL,
    agent_id         BIGINT,
    status           VARCHAR(20),
    call_outcome     VARCHAR(20),
    duration_seconds INT,
    lead_address     VARCHAR(320),
    agent_address    VARCHAR(320),
    subject          VARCHAR(500),
    body             VARCHAR(100000),
    recording_url    VARCHAR(2000),
    provider         VARCHAR(20),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
-- A lead's history per channel; a member's and a team's history by time (the agent searches).
CREATE INDEX communications_lead_idx ON communications (lead_id, channel, occurred_at, id);
CREATE INDEX communications_agent_idx ON communications (team_id, agent_id, occurred_at, id);
CREATE INDEX communications_team_idx ON communications (team_id, occurred_at, id);
