-- NULL uses the server default; 0 switches rate limiting off for this key.
ALTER TABLE credentials ADD COLUMN rate_limit_per_minute INT;
