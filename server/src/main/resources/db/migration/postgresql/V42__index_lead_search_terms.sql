-- A key's words come from the vocabulary's trigram index; its leads (and their visibility, for the total) from one
-- covering index range per word.
CREATE INDEX search_terms_trgm_idx ON search_terms USING gin (term gin_trgm_ops);
CREATE INDEX lead_terms_filter_idx ON lead_terms (team_id, term, lead_id)
    INCLUDE (live, hidden, assigned_user_id, ownership_scope, ownership_id, stage_id, language);
