-- Emails, phones, segments and groups: ordered string lists of a lead, one row per entry.
CREATE TABLE lead_list_items (
    lead_id   BIGINT NOT NULL REFERENCES leads (id),
    team_id   BIGINT NOT NULL,
    list_name VARCHAR(10) NOT NULL,
    position  INT NOT NULL,
    item      VARCHAR(320) NOT NULL,
    PRIMARY KEY (lead_id, list_name, position)
);
CREATE INDEX lead_list_items_value_idx ON lead_list_items (team_id, list_name, item);
