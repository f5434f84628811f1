-- Totals of several tags test a lead's other tags on one of its tag rows instead of joining a second tag's rows: the
-- first 63 tags a team makes get one bit each (tags.tag_bit, never reused: tags are not deleted), and every tag row
-- carries the sum of its lead's tag bits (lead_tags.tag_mask), kept in the lead's own write transaction.
ALTER TABLE tags ADD COLUMN tag_bit BIGINT;
ALTER TABLE lead_tags ADD COLUMN tag_mask BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE tag_bit_allocations (
    team_id   BIGINT PRIMARY KEY REFERENCES teams (id),
    bits_used INT    NOT NULL
);

UPDATE tags SET tag_bit = (
    SELECT CAST(POWER(2, r.rn - 1) AS BIGINT)
      FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY team_id ORDER BY created_at, id) AS rn FROM tags) r
     WHERE r.id = tags.id AND r.rn <= 63);

INSERT INTO tag_bit_allocations (team_id, bits_used)
SELECT team_id, COUNT(*) FROM tags WHERE tag_bit IS NOT NULL GROUP BY team_id;

UPDATE lead_tags SET tag_mask = (
    SELECT COALESCE(SUM(t.tag_bit), 0) FROM lead_tags x JOIN tags t ON t.id = x.tag_id WHERE x.lead_id = lead_tags.lead_id);
