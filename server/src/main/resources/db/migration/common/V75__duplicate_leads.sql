-- The team-wide list of duplicates (issue 31): which leads hold an email or phone another lead of the team holds, as
-- found by the last sweep of the team (ids only: the keys themselves stay in lead_list_items), and when each team was
-- last swept. The list reads the marked leads' keys again, so a lead changed since its sweep is never misnamed.
CREATE TABLE duplicate_leads (
    team_id BIGINT NOT NULL,
    lead_id BIGINT NOT NULL,
    PRIMARY KEY (team_id, lead_id)
);
CREATE TABLE duplicate_sweeps (
    team_id  BIGINT PRIMARY KEY,
    swept_at TIMESTAMP WITH TIME ZONE NOT NULL
);
