-- A dispatcher leases a subscription for the length of one POST: blocked_until holds the lease's end and lease_token
-- says whose it is, so no connection or row lock is held while the receiver answers. An expired lease (a node that
-- died mid-POST) makes the subscription due again, and its pending message goes again with the same id and body.
ALTER TABLE webhook_subscriptions ADD COLUMN lease_token VARCHAR(36);
