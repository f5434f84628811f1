-- The form searches compare against: emails lower-cased, phones reduced to digits (V24 per dialect), the rest lower-cased.
ALTER TABLE lead_list_items ADD COLUMN item_key VARCHAR(320);
UPDATE lead_list_items SET item_key = LOWER(item);
