-- Each sort the list offers walks an index in (team, key, id) order instead of sorting the team's leads.
CREATE INDEX leads_team_score_idx ON leads (team_id, score, id);
CREATE INDEX leads_team_last_activity_idx ON leads (team_id, last_activity_at, id);
CREATE INDEX leads_team_last_contact_idx ON leads (team_id, last_contact_at, id);
CREATE INDEX leads_team_last_call_idx ON leads (team_id, last_call_at, id);
CREATE INDEX leads_team_last_email_idx ON leads (team_id, last_email_at, id);
CREATE INDEX leads_team_trashed_idx ON leads (team_id, trashed_at, id);
