CREATE TABLE teams (
    id         BIGINT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row at most: whichever node inserts it first runs the first-start bootstrap.
CREATE TABLE bootstrap_state (
    id         INT PRIMARY KEY,
    team_id    BIGINT NOT NULL REFERENCES teams (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
