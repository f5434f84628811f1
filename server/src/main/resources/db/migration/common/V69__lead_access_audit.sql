-- Who read a lead's full record or exported leads, when, and through which credential (issue 31): appended in
-- batches, never changed, trimmed by age (leadline.audit.retention). No lead data is kept here, only ids and names of
-- the parameters an export was given.
CREATE TABLE lead_access_audit (
    id              BIGINT PRIMARY KEY,
    team_id         BIGINT       NOT NULL,
    action          VARCHAR(20)  NOT NULL,
    lead_id         BIGINT,
    user_id         BIGINT       NOT NULL,
    credential_id   BIGINT       NOT NULL,
    credential_name VARCHAR(200) NOT NULL,
    detail          VARCHAR(500),
    at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lead_access_audit_lead_idx ON lead_access_audit (team_id, lead_id, id);
CREATE INDEX lead_access_audit_user_idx ON lead_access_audit (team_id, user_id, id);
CREATE INDEX lead_access_audit_at_idx ON lead_access_audit (at);
