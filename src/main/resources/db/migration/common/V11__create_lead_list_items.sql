-- Emails, phones, segments and groups: ordered string lists of a lead, one row per entry.
CREATE TABLE lead_list_items (
    lead_id  BIGINT NOT NULL REFERENCES leads (id),
    team_id  BIGINT NOT NULL,
    list     VARCHAR(10) NOT NULL,
    position INT NOT NULL,
    value    VARCHAR(320) NOT NULL,
    PRIMARY KEY (lead_id, list, position)
);
CREATE INDEX lead_list_items_value_idx ON lead_list_items (team_id, list, value);
