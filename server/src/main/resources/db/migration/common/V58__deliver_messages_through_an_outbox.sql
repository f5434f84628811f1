-- Emails and texts sent through Leadline are delivered from this table by every node: next_attempt_at is set while a
-- message waits for its (next) attempt; a node takes it with a lease (lease_token, leased_until) and hands it to the
-- carrier outside any transaction; the outcome is written only while the lease is still that node's.
ALTER TABLE communications ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE communications ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE communications ADD COLUMN lease_token VARCHAR(40);
ALTER TABLE communications ADD COLUMN leased_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE communications ADD COLUMN last_error VARCHAR(2000);
ALTER TABLE communications ADD COLUMN provider_message_id VARCHAR(200);
ALTER TABLE communications ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX communications_delivery_idx ON communications (next_attempt_at);
