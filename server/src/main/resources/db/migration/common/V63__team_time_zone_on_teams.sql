-- The team's time zone is the team's, not routing's: tasks and the timeline read it as much as routing's active hours.
ALTER TABLE teams ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;
UPDATE teams SET time_zone = (SELECT s.time_zone FROM routing_team_settings s WHERE s.team_id = teams.id)
WHERE EXISTS (SELECT 1 FROM routing_team_settings s WHERE s.team_id = teams.id);
ALTER TABLE routing_team_settings DROP COLUMN time_zone;
