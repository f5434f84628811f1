-- An import job may announce itself once, when it ends (webhook list 101, Leadline's own), instead of each lead.
ALTER TABLE import_jobs ADD COLUMN webhook_summary BOOLEAN DEFAULT FALSE NOT NULL;
