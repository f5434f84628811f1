CREATE TABLE stages (
    id         BIGINT PRIMARY KEY,
    team_id    BIGINT NOT NULL REFERENCES teams (id),
    name       VARCHAR(19) NOT NULL,
    position   INT NOT NULL,
    CONSTRAINT stages_team_name_uq UNIQUE (team_id, name)
);
