-- When a key or token last authenticated a request, to the minute (admin keys, GET /leadline/v1/api-keys).
ALTER TABLE credentials ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
