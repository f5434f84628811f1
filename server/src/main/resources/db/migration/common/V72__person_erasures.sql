-- Each erasure of a person's data (issue 31): who asked, how the person was named (the kind of address, never the
-- address), which leads were erased and how many rows of each table changed. No personal data is kept here.
CREATE TABLE person_erasures (
    id              BIGINT PRIMARY KEY,
    team_id         BIGINT       NOT NULL,
    named_by        VARCHAR(10)  NOT NULL,
    lead_ids        VARCHAR(20000) NOT NULL,
    rows_erased     VARCHAR(4000) NOT NULL,
    user_id         BIGINT,
    credential_id   BIGINT,
    credential_name VARCHAR(200) NOT NULL,
    erased_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX person_erasures_team_idx ON person_erasures (team_id, id);
