-- key= searches names, emails and phones by substring; trigram indexes keep that fast on large teams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX lead_list_items_key_trgm_idx ON lead_list_items USING gin (item_key gin_trgm_ops);
CREATE INDEX leads_name_trgm_idx ON leads USING gin (LOWER(first_name || ' ' || COALESCE(last_name, '')) gin_trgm_ops);
