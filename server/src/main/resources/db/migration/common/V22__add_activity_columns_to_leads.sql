-- Sort keys Lofty's list offers (Score, LastActivity, LastContact, LastCall, LastEmail). Nothing in Leadline records
-- activity yet, so they stay 0 / NULL until it does; "contacted" means last_contact_at is set.
ALTER TABLE leads ADD COLUMN score INT DEFAULT 0 NOT NULL;
ALTER TABLE leads ADD COLUMN last_activity_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE leads ADD COLUMN last_contact_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE leads ADD COLUMN last_call_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE leads ADD COLUMN last_email_at TIMESTAMP WITH TIME ZONE;
