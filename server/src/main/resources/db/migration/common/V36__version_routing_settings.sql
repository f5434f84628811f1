-- Every team gets a routing settings row whose version moves with each change to its routing setup, so nodes can
-- cache the setup and check it with one small read per routed lead.
ALTER TABLE routing_team_settings ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
INSERT INTO routing_team_settings (team_id, time_zone, updated_at, version)
SELECT id, 'UTC', CURRENT_TIMESTAMP, 0 FROM teams WHERE id NOT IN (SELECT team_id FROM routing_team_settings);
