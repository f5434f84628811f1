-- A lead's weak duplicates (issue 31: the same name at the same street address) are looked up by address first: the
-- name alone matches too many leads (a common name: 1.1 s at a million leads through the trigram index of names).
-- Only leads with an address are indexed. H2 has no expression indexes and no million leads.
CREATE INDEX leads_team_street_idx ON leads (team_id, LOWER(street_address)) WHERE street_address IS NOT NULL;
