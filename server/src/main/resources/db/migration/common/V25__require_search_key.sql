ALTER TABLE lead_list_items ALTER COLUMN item_key SET NOT NULL;
DROP INDEX lead_list_items_value_idx;
CREATE INDEX lead_list_items_key_idx ON lead_list_items (team_id, list_name, item_key, lead_id);
