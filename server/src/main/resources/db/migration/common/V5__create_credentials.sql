CREATE TABLE credentials (
    id         BIGINT PRIMARY KEY,
    team_id    BIGINT NOT NULL REFERENCES teams (id),
    user_id    BIGINT NOT NULL REFERENCES users (id),
    scheme     VARCHAR(10) NOT NULL,
    name       VARCHAR(100) NOT NULL,
    key_hash   VARCHAR(64) NOT NULL UNIQUE,
    key_prefix VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX credentials_team_user_idx ON credentials (team_id, user_id);
