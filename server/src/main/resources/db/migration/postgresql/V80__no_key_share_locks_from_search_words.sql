-- Each of a lead's search words (lead_terms, about six per lead) checked its lead by foreign key, locking the lead's
-- row (FOR KEY SHARE) once per word: the same row, in the transaction that has just written it. Inserting 300,000
-- words took 2.1 s with the key and 1.1 s without (INSERT ... SELECT, PostgreSQL 15); a bulk import writes six
-- million for a million leads. Leads are never deleted (they are trashed, merged or erased in place), words are
-- written only with their lead, in its transaction, and the search index check (admin check-index, and the test
-- suite after every class) compares each lead's words with its fields. The lead's lists, tags and records keep their
-- keys; the embedded database keeps them all.
ALTER TABLE lead_terms DROP CONSTRAINT lead_terms_lead_id_fkey;
