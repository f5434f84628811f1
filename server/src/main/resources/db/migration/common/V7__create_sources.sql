-- Lofty types leadSource as int32, so source ids come from their own small sequence.
CREATE SEQUENCE source_ids START WITH 1 INCREMENT BY 1;

CREATE TABLE sources (
    id         INT PRIMARY KEY,
    team_id    BIGINT NOT NULL REFERENCES teams (id),
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sources_team_name_uq UNIQUE (team_id, name)
);
