-- Lofty's NoteResponse carries the id of the timeline entry that holds the note beside the note's own id.
ALTER TABLE notes ADD COLUMN timeline_id BIGINT;
UPDATE notes SET timeline_id = id;
ALTER TABLE notes ALTER COLUMN timeline_id SET NOT NULL;
