-- A member's entries by start (my-tasks, the calendar).
CREATE INDEX tasks_assignee_idx ON tasks (team_id, assignee_user_id, starts_at, id);
