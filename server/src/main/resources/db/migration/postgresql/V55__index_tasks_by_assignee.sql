-- A member's entries by start (my-tasks, the calendar), carrying what their filters test, so a month of the calendar
-- is counted from the index alone.
CREATE INDEX tasks_assignee_idx ON tasks (team_id, assignee_user_id, starts_at, id)
    INCLUDE (kind, lead_trashed, deleted_at, finished_at);
