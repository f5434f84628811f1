-- The covering tag indexes (V40) carry the tag mask (V44) too, so totals of several tags stay index-only.
DROP INDEX lead_tags_filter_idx;
CREATE INDEX lead_tags_filter_idx ON lead_tags (team_id, tag_id, lead_id)
    INCLUDE (live, hidden, assigned_user_id, ownership_scope, ownership_id, stage_id, language, tag_mask);
DROP INDEX lead_tags_stage_filter_idx;
CREATE INDEX lead_tags_stage_filter_idx ON lead_tags (team_id, tag_id, stage_id, language, lead_id)
    INCLUDE (live, hidden, assigned_user_id, ownership_scope, ownership_id, tag_mask);
