CREATE TABLE custom_fields (
    id         BIGINT PRIMARY KEY,
    team_id    BIGINT NOT NULL REFERENCES teams (id),
    name       VARCHAR(100) NOT NULL,
    type       VARCHAR(20) NOT NULL,
    params     VARCHAR(10000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT custom_fields_team_name_uq UNIQUE (team_id, name)
);
