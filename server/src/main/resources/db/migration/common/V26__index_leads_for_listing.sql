-- Every list query is team-scoped, excludes the trash and is ordered by (sort key, id): one index per sort key that
-- has data, plus the common equality filters. The other sort keys have no data yet (V22).
CREATE INDEX leads_team_assign_time_idx ON leads (team_id, assign_time, id);
CREATE INDEX leads_team_stage_idx ON leads (team_id, stage_id, created_at, id);
CREATE INDEX leads_team_assignee_idx ON leads (team_id, assigned_user_id, created_at, id);
CREATE INDEX leads_team_source_idx ON leads (team_id, source_id, created_at, id);
CREATE INDEX lead_tags_team_tag_idx ON lead_tags (team_id, tag_id, lead_id);
