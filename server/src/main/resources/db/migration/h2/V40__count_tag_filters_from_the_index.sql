-- Tag-filter totals walk a team's rows per tag, narrowed by stage and language when the list filters by them
-- (H2 has no INCLUDE columns; it reads the rest from the row).
CREATE INDEX lead_tags_filter_idx ON lead_tags (team_id, tag_id, stage_id, language, lead_id);
DROP INDEX lead_tags_team_tag_idx;
