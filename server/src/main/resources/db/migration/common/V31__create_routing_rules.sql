-- scope_key is the office id of an office's rules, or 0 for the company's (ids are never 0), so the fallback rule of
-- a scope can be unique without a nullable key.
CREATE TABLE routing_rules (
    id                BIGINT PRIMARY KEY,
    team_id           BIGINT NOT NULL REFERENCES teams (id),
    business_type     INT NOT NULL,
    role_id           INT NOT NULL,
    scope_key         BIGINT NOT NULL,
    position          INT NOT NULL,
    name              VARCHAR(100) NOT NULL,
    enabled           BOOLEAN NOT NULL,
    conditions        VARCHAR(20000) NOT NULL,
    active_days       VARCHAR(20) NOT NULL,
    hours_start       INT NOT NULL,
    hours_end         INT NOT NULL,
    strategy_type     INT NOT NULL,
    pond_id           BIGINT REFERENCES lead_ponds (id),
    touch_minutes     INT,
    round_robin_turn  BIGINT NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX routing_rules_scope_idx ON routing_rules (team_id, business_type, role_id, scope_key, position);

CREATE TABLE routing_rule_members (
    rule_id  BIGINT NOT NULL REFERENCES routing_rules (id) ON DELETE CASCADE,
    user_id  BIGINT NOT NULL REFERENCES users (id),
    weight   INT NOT NULL,
    position INT NOT NULL,
    PRIMARY KEY (rule_id, user_id)
);

CREATE TABLE routing_fallbacks (
    team_id          BIGINT NOT NULL REFERENCES teams (id),
    business_type    INT NOT NULL,
    role_id          INT NOT NULL,
    scope_key        BIGINT NOT NULL,
    strategy_type    INT NOT NULL,
    touch_minutes    INT,
    assignee_user_id BIGINT REFERENCES users (id),
    pond_id          BIGINT REFERENCES lead_ponds (id),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (team_id, business_type, role_id, scope_key)
);
