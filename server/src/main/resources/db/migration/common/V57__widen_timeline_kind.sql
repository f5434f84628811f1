-- The timeline gains a kind for sent and imported communications (COMMUNICATION), longer than the first four.
ALTER TABLE timeline_entries ALTER COLUMN kind SET DATA TYPE VARCHAR(16);
