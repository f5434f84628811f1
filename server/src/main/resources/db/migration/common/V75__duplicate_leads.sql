-- The team-wide list of duplicates (issue 31): the leads holding an email or phone another lead of the team holds, as
-- found by the last sweep of the team ('strong'; 'weak': the same name at the same street address), grouped into sets
-- named by the smallest lead id among a key's holders (ids only:
-- the keys themselves stay in lead_list_items), with the columns visibility reads as they were then (for the total),
-- and when each team was last swept. The list's pages read the marked leads and their keys again, so a lead changed
-- since the sweep is never misnamed.
CREATE TABLE duplicate_leads (
    team_id          BIGINT      NOT NULL,
    signal           VARCHAR(6)  NOT NULL,
    set_id           BIGINT      NOT NULL,
    lead_id          BIGINT      NOT NULL,
    assigned_user_id BIGINT,
    hidden           BOOLEAN     NOT NULL,
    ownership_scope  VARCHAR(10) NOT NULL,
    ownership_id     BIGINT,
    PRIMARY KEY (team_id, signal, set_id, lead_id)
);
CREATE INDEX duplicate_leads_lead_idx ON duplicate_leads (team_id, lead_id);
CREATE TABLE duplicate_sweeps (
    team_id  BIGINT PRIMARY KEY,
    swept_at TIMESTAMP WITH TIME ZONE NOT NULL
);
