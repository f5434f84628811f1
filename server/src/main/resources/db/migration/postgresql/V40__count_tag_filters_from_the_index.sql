-- Tag-filter totals read only these indexes (with the visibility map): a team's rows per tag in lead order (any and
-- all of several tags), and the same narrowed by stage and language (a tag with a stage, the common combination);
-- both carry the columns visibility tests. They replace the plain (tag_id, lead_id) and (team_id, tag_id, lead_id)
-- indexes.
CREATE INDEX lead_tags_filter_idx ON lead_tags (team_id, tag_id, lead_id)
    INCLUDE (live, hidden, assigned_user_id, ownership_scope, ownership_id, stage_id, language);
CREATE INDEX lead_tags_stage_filter_idx ON lead_tags (team_id, tag_id, stage_id, language, lead_id)
    INCLUDE (live, hidden, assigned_user_id, ownership_scope, ownership_id);
DROP INDEX lead_tags_tag_idx;
DROP INDEX lead_tags_team_tag_idx;
