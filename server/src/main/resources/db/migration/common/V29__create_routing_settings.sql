-- Routing's own view of the team and its members: the team's clock for active hours, and who may receive leads.
CREATE TABLE routing_team_settings (
    team_id    BIGINT PRIMARY KEY REFERENCES teams (id),
    time_zone  VARCHAR(64) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE routing_member_availability (
    user_id     BIGINT PRIMARY KEY REFERENCES users (id),
    team_id     BIGINT NOT NULL REFERENCES teams (id),
    active      BOOLEAN NOT NULL,
    on_vacation BOOLEAN NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
