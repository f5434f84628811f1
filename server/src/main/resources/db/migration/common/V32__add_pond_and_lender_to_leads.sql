ALTER TABLE leads ADD COLUMN pond_id BIGINT REFERENCES lead_ponds (id);
ALTER TABLE leads ADD COLUMN lender_user_id BIGINT REFERENCES users (id);
