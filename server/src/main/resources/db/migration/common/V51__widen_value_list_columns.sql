-- Values outside Lofty's value lists are stored as given (up to 50 characters) unless value lists are strict; the
-- language travels with the lead onto its tag and search-term rows.
ALTER TABLE leads ALTER COLUMN buying_time_frame SET DATA TYPE VARCHAR(50);
ALTER TABLE leads ALTER COLUMN selling_time_frame SET DATA TYPE VARCHAR(50);
ALTER TABLE leads ALTER COLUMN pre_qual SET DATA TYPE VARCHAR(50);
ALTER TABLE leads ALTER COLUMN house_to_sell SET DATA TYPE VARCHAR(50);
ALTER TABLE leads ALTER COLUMN fthb SET DATA TYPE VARCHAR(50);
ALTER TABLE leads ALTER COLUMN with_buyer_agent SET DATA TYPE VARCHAR(50);
ALTER TABLE leads ALTER COLUMN mortgage SET DATA TYPE VARCHAR(50);
ALTER TABLE leads ALTER COLUMN buy_house SET DATA TYPE VARCHAR(50);
ALTER TABLE leads ALTER COLUMN with_listing_agent SET DATA TYPE VARCHAR(50);
ALTER TABLE leads ALTER COLUMN language SET DATA TYPE VARCHAR(50);
ALTER TABLE lead_tags ALTER COLUMN language SET DATA TYPE VARCHAR(50);
ALTER TABLE lead_terms ALTER COLUMN language SET DATA TYPE VARCHAR(50);
