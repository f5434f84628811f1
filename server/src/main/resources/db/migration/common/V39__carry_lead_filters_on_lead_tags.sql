-- A tag row carries the lead columns that visibility and the common list filters read, so the exact total of a tag
-- filter is counted from lead_tags alone (index-only on PostgreSQL, V40) instead of looking up every tagged lead.
-- LeadRepository keeps them equal to the lead's in the lead's own transaction.
ALTER TABLE lead_tags ADD COLUMN live BOOLEAN;
ALTER TABLE lead_tags ADD COLUMN hidden BOOLEAN;
ALTER TABLE lead_tags ADD COLUMN assigned_user_id BIGINT;
ALTER TABLE lead_tags ADD COLUMN ownership_scope VARCHAR(10);
ALTER TABLE lead_tags ADD COLUMN ownership_id BIGINT;
ALTER TABLE lead_tags ADD COLUMN stage_id BIGINT;
ALTER TABLE lead_tags ADD COLUMN language VARCHAR(5);
UPDATE lead_tags SET (live, hidden, assigned_user_id, ownership_scope, ownership_id, stage_id, language) = (
    SELECT l.trashed_at IS NULL, l.hidden, l.assigned_user_id, l.ownership_scope, l.ownership_id, l.stage_id, l.language
      FROM leads l
     WHERE l.id = lead_tags.lead_id);
ALTER TABLE lead_tags ALTER COLUMN live SET NOT NULL;
ALTER TABLE lead_tags ALTER COLUMN hidden SET NOT NULL;
ALTER TABLE lead_tags ALTER COLUMN ownership_scope SET NOT NULL;
