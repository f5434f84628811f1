-- The vocabulary (search_terms) shrinks only when a person's data is erased (issue 31). Each node keeps the words it
-- knows are stored and skips inserting them; a count of removals, read by every node each second, tells them to
-- forget what they knew.
CREATE TABLE search_vocabulary_removals (
    id       INT PRIMARY KEY,
    removals BIGINT NOT NULL
);
INSERT INTO search_vocabulary_removals (id, removals) VALUES (1, 0);
