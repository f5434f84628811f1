-- Merging leads (issue 31): a merged lead goes to the trash naming its survivor; each merge is kept for its undo.
ALTER TABLE leads ADD COLUMN merged_into BIGINT;

-- What a merge did, without the data it moved: the survivor, the merged leads, the ids of the rows each feature moved
-- per merged lead, and where the survivor's filled fields, list items, tags and custom values came from.
CREATE TABLE lead_merges (
    id          BIGINT PRIMARY KEY,
    team_id     BIGINT        NOT NULL,
    survivor_id BIGINT        NOT NULL,
    merged_ids  VARCHAR(2000) NOT NULL,
    combined    TEXT          NOT NULL,
    moved       TEXT          NOT NULL,
    merged_by   BIGINT        NOT NULL,
    merged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX lead_merges_team_survivor_idx ON lead_merges (team_id, survivor_id, id);
