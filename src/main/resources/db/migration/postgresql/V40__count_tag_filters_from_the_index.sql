-- Tag-filter totals read only this index (with the visibility map): a team's rows per tag, narrowed by stage and
-- language when the list filters by them, with the columns visibility tests. It replaces the plain (tag_id, lead_id)
-- and (team_id, tag_id, lead_id) indexes.
CREATE INDEX lead_tags_filter_idx ON lead_tags (team_id, tag_id, stage_id, language, lead_id)
    INCLUDE (live, hidden, assigned_user_id, ownership_scope, ownership_id);
DROP INDEX lead_tags_tag_idx;
DROP INDEX lead_tags_team_tag_idx;
