-- A foreign key check locks the row it points to (FOR KEY SHARE). These point at rows that nearly every lead write of
-- a team shares: the team, its few sources and stages, its popular tags, the members leads are routed to. Concurrent
-- writers then lock the same rows, and PostgreSQL records their shared locks as multixacts: inserting the lead row
-- alone ran at 1,737-1,946 per second with these three of them and 2,465-3,096 without (pgbench, 8 clients, LL-18).
-- None of those rows is ever deleted and the application writes only ids it has just looked up in the caller's team;
-- the test suite checks every lead after each class (IndexConsistencyCheck), more strictly than the keys did (same
-- team). The pond key stays: ponds are deleted, and that delete relies on it. The embedded database keeps them all.
ALTER TABLE leads DROP CONSTRAINT leads_team_id_fkey;
ALTER TABLE leads DROP CONSTRAINT leads_source_id_fkey;
ALTER TABLE leads DROP CONSTRAINT leads_stage_id_fkey;
ALTER TABLE leads DROP CONSTRAINT leads_assigned_user_id_fkey;
ALTER TABLE leads DROP CONSTRAINT leads_lender_user_id_fkey;
ALTER TABLE lead_tags DROP CONSTRAINT lead_tags_tag_id_fkey;
ALTER TABLE routing_decisions DROP CONSTRAINT routing_decisions_team_id_fkey;
