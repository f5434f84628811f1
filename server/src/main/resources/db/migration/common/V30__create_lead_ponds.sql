CREATE TABLE lead_ponds (
    id            BIGINT PRIMARY KEY,
    team_id       BIGINT NOT NULL REFERENCES teams (id),
    name          VARCHAR(100) NOT NULL,
    owner_user_id BIGINT NOT NULL REFERENCES users (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lead_ponds_team_name_uq UNIQUE (team_id, name)
);

CREATE TABLE lead_pond_members (
    pond_id BIGINT NOT NULL REFERENCES lead_ponds (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (pond_id, user_id)
);
