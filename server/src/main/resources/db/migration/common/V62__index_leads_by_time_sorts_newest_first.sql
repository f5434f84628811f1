-- LL-26 item 15: the time sorts list leads that never had that time last in both directions. Newest first is
-- (time DESC NULLS LAST, id DESC), which the ascending (team_id, time, id) indexes cannot yield (walked backwards they
-- give NULLS FIRST), so each such sort gets the newest-first index a page walks. DeleteTime lists trashed leads, which
-- all have the time: it keeps the one index.
CREATE INDEX leads_team_assign_time_desc_idx ON leads (team_id DESC, assign_time DESC NULLS LAST, id DESC);
CREATE INDEX leads_team_last_activity_desc_idx ON leads (team_id DESC, last_activity_at DESC NULLS LAST, id DESC);
CREATE INDEX leads_team_last_contact_desc_idx ON leads (team_id DESC, last_contact_at DESC NULLS LAST, id DESC);
CREATE INDEX leads_team_last_call_desc_idx ON leads (team_id DESC, last_call_at DESC NULLS LAST, id DESC);
CREATE INDEX leads_team_last_email_desc_idx ON leads (team_id DESC, last_email_at DESC NULLS LAST, id DESC);
CREATE INDEX leads_team_next_task_desc_idx ON leads (team_id DESC, next_task_at DESC NULLS LAST, id DESC);
