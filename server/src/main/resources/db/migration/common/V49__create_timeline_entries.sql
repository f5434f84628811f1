-- A lead's timeline, append-only: site activity, the system log of every change Leadline makes to the lead, notes as
-- they happen, and manual logs of calls, emails and texts (soft-deleted through DELETE /v1.0/logType/{id}).
CREATE TABLE timeline_entries (
    id            BIGINT PRIMARY KEY,
    team_id       BIGINT NOT NULL,
    lead_id       BIGINT NOT NULL,
    kind          VARCHAR(8) NOT NULL,
    timeline_type INT NOT NULL,
    agent_id      BIGINT NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE,
    from_id       BIGINT,
    from_type     INT,
    to_id         BIGINT,
    to_type       INT,
    ref_id        BIGINT,
    sticky        BOOLEAN NOT NULL,
    content       TEXT NOT NULL
);
-- Every read is one lead's entries in time order, newest or oldest first, walked by (time, id): one kind (the system
-- log, site activity, manual logs) by the first index, several kinds (the v2 timeline) by the second, which returns
-- them already in order instead of sorting all of the lead's entries for one page (13 ms -> see README at 10,000).
CREATE INDEX timeline_entries_lead_kind_idx ON timeline_entries (lead_id, kind, occurred_at, id);
CREATE INDEX timeline_entries_lead_time_idx ON timeline_entries (lead_id, occurred_at, id);
