-- A deactivated member cannot authenticate and receives no routed leads; their leads stay theirs. Reactivation
-- clears it. Routing keeps its own list, told by the accounts feature in the same transaction.
ALTER TABLE users ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE routing_deactivated_members (
    user_id        BIGINT PRIMARY KEY REFERENCES users (id),
    team_id        BIGINT NOT NULL REFERENCES teams (id),
    deactivated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
