-- Import jobs (issue 30): the uploaded file in chunks, the job's choices, its checkpoint and counts, and its rejected
-- rows. A batch of rows, its counts and the checkpoint commit together, so a job resumes where it stood.
CREATE TABLE import_jobs (
    id              BIGINT PRIMARY KEY,
    team_id         BIGINT NOT NULL REFERENCES teams (id),
    created_by      BIGINT NOT NULL REFERENCES users (id),
    format          VARCHAR(10) NOT NULL,
    mapping         VARCHAR(20000),
    duplicates      VARCHAR(10) NOT NULL,
    dry_run         BOOLEAN NOT NULL,
    routing         BOOLEAN NOT NULL,
    webhooks        BOOLEAN NOT NULL,
    state           VARCHAR(10) NOT NULL,
    file_bytes      BIGINT NOT NULL,
    file_lines      BIGINT NOT NULL,
    rows_read       BIGINT NOT NULL,
    created_count   BIGINT NOT NULL,
    updated_count   BIGINT NOT NULL,
    skipped_count   BIGINT NOT NULL,
    failed_count    BIGINT NOT NULL,
    failure         VARCHAR(2000),
    lease_owner     VARCHAR(100),
    lease_until     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX import_jobs_by_team ON import_jobs (team_id, created_at);
CREATE INDEX import_jobs_by_state ON import_jobs (state);

CREATE TABLE import_file_chunks (
    import_id  BIGINT NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    seq        INT NOT NULL,
    bytes      BYTEA NOT NULL,
    PRIMARY KEY (import_id, seq)
);

CREATE TABLE import_row_errors (
    import_id  BIGINT NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    line       BIGINT NOT NULL,
    code       INT NOT NULL,
    message    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (import_id, line)
);

-- A team's own mappings, by name (the shipped ones are in the server: leadline, hubspot, salesforce).
CREATE TABLE import_mappings (
    team_id     BIGINT NOT NULL REFERENCES teams (id),
    name        VARCHAR(100) NOT NULL,
    document    VARCHAR(20000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (team_id, name)
);
