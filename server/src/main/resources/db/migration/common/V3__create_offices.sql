CREATE TABLE offices (
    id         BIGINT PRIMARY KEY,
    team_id    BIGINT NOT NULL REFERENCES teams (id),
    parent_id  BIGINT REFERENCES offices (id),
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX offices_team_idx ON offices (team_id, parent_id);
