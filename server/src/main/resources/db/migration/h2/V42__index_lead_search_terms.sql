-- A key's leads: one index range per matching word of the vocabulary.
CREATE INDEX lead_terms_filter_idx ON lead_terms (team_id, term, lead_id);
