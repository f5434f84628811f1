-- A member's saved lead-list searches in the console: a name and the list's query string (its filters and sort).
CREATE TABLE console_saved_filters (
    id          BIGINT PRIMARY KEY,
    team_id     BIGINT NOT NULL REFERENCES teams (id),
    user_id     BIGINT NOT NULL REFERENCES users (id),
    name        VARCHAR(100) NOT NULL,
    query       VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT console_saved_filters_name UNIQUE (team_id, user_id, name)
);
