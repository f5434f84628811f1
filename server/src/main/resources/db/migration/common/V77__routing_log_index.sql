-- The console's routing log reads a team's decisions newest first (ids grow with time).
CREATE INDEX routing_decisions_team_idx ON routing_decisions (team_id, id);
