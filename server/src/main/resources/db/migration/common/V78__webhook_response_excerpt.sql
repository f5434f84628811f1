-- The start of what a receiver answered to each attempt, for the delivery log (the console's and the API's).
ALTER TABLE webhook_attempts ADD COLUMN response_excerpt VARCHAR(300);
