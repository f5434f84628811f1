-- Lead lists are many short queries. Starting parallel workers costs this kind of machine 30-40 ms per query, more than
-- a 10-20 ms index scan saves by being split, and the workers take cores that other requests are waiting for. Once a
-- team's tag index is big enough, PostgreSQL's planner picks a parallel count for allTags (55 ms instead of 17 ms).
ALTER TABLE leads SET (parallel_workers = 0);
ALTER TABLE lead_tags SET (parallel_workers = 0);
ALTER TABLE lead_terms SET (parallel_workers = 0);
ALTER TABLE search_terms SET (parallel_workers = 0);
ALTER TABLE lead_list_items SET (parallel_workers = 0);
