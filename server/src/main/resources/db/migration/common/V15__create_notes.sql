CREATE TABLE notes (
    id                  BIGINT PRIMARY KEY,
    team_id             BIGINT NOT NULL REFERENCES teams (id),
    lead_id             BIGINT NOT NULL REFERENCES leads (id),
    content             VARCHAR(2000) NOT NULL,
    pinned              BOOLEAN NOT NULL,
    creator_user_id     BIGINT NOT NULL,
    last_editor_user_id BIGINT NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted             BOOLEAN NOT NULL
);
CREATE INDEX notes_lead_idx ON notes (lead_id, created_at);
