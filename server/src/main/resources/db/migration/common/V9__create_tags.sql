CREATE TABLE tags (
    id              BIGINT PRIMARY KEY,
    team_id         BIGINT NOT NULL REFERENCES teams (id),
    name            VARCHAR(64) NOT NULL,
    creator_user_id BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tags_team_name_uq UNIQUE (team_id, name)
);
