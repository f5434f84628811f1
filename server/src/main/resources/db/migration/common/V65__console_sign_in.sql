-- Members sign in to the console with their email and a password, set through a one-time link an owner or admin
-- creates (or the operator). Only the password's bcrypt hash is kept, and only a hash of each link's token.
CREATE TABLE member_passwords (
    user_id  BIGINT PRIMARY KEY REFERENCES users (id),
    team_id  BIGINT NOT NULL REFERENCES teams (id),
    hash     VARCHAR(100) NOT NULL,
    set_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE password_links (
    token_hash  VARCHAR(64) PRIMARY KEY,
    team_id     BIGINT NOT NULL REFERENCES teams (id),
    user_id     BIGINT NOT NULL REFERENCES users (id),
    created_by  BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX password_links_by_user ON password_links (team_id, user_id);

-- Failed sign-ins per email address (whether or not a member has it, so the answer tells nothing): after five in a
-- row the address is locked, for longer after each further failure.
CREATE TABLE sign_in_failures (
    email           VARCHAR(320) PRIMARY KEY,
    failures        INT NOT NULL,
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE
);

-- The console's sessions (Spring Session JDBC's layout), shared by every node.
CREATE TABLE console_sessions (
    primary_id             CHAR(36) NOT NULL PRIMARY KEY,
    session_id             CHAR(36) NOT NULL,
    creation_time          BIGINT NOT NULL,
    last_access_time       BIGINT NOT NULL,
    max_inactive_interval  INT NOT NULL,
    expiry_time            BIGINT NOT NULL,
    principal_name         VARCHAR(100)
);
CREATE UNIQUE INDEX console_sessions_by_session_id ON console_sessions (session_id);
CREATE INDEX console_sessions_by_expiry ON console_sessions (expiry_time);
CREATE INDEX console_sessions_by_principal ON console_sessions (principal_name);

CREATE TABLE console_sessions_attributes (
    session_primary_id  CHAR(36) NOT NULL REFERENCES console_sessions (primary_id) ON DELETE CASCADE,
    attribute_name      VARCHAR(200) NOT NULL,
    attribute_bytes     BYTEA NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
