-- Each node keeps its teams' webhook listeners in memory (LL-18) and drops them when it hears that a subscription was
-- made or removed. Hearing takes a moment: so every subscribe and unsubscribe also counts here, in its transaction,
-- and a lead write on a node compares the count with the one its listeners were kept at. A node that has not yet
-- heard the notification still follows the change at its next write.
CREATE TABLE webhook_subscription_changes (
    id      SMALLINT PRIMARY KEY,
    changes BIGINT   NOT NULL
);
INSERT INTO webhook_subscription_changes (id, changes) VALUES (1, 0);
