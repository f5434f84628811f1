-- A team's choice for a lead created with another's email or phone (issue 31): keep both (Lofty's way, the default)
-- or merge the new lead into the oldest such lead the creator may write.
CREATE TABLE duplicate_settings (
    team_id   BIGINT PRIMARY KEY,
    on_create VARCHAR(20) NOT NULL
);
